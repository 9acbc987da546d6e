export { collect, pull, COLLECT_LIMIT } from './collect.ts'
export { deferred, settle, type Deferred } from './deferred.ts'
export { iterationMatchers, type IterationMatchers } from './matchers.ts'
export {
  infiniteSource,
  spySource,
  RunawayIterationError,
  RUNAWAY_LIMIT,
  type SourceSpy,
  type SpyOptions,
} from './sources.ts'
