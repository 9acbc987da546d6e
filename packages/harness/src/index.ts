export {
  createRuntime,
  describeError,
  OUTPUT_LIMIT,
  type Choice,
  type Report,
  type Runtime,
  type RuntimeOptions,
} from './runtime.ts'
export * from './api.ts'
