export {
  createRuntime,
  describeError,
  OUTPUT_LIMIT,
  type Choice,
  type Runtime,
  type RuntimeOptions,
} from './runtime.ts'
export type { PlannedTest, Report, RunRecord, TestStatus } from './records.ts'
export * from './api.ts'
