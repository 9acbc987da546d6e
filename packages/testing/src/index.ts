export { collect, pull, COLLECT_LIMIT } from './collect.ts'
export { collectAsync } from './async-collect.ts'
export {
  asyncSpySource,
  pushSource,
  type AsyncSourceSpy,
  type AsyncSpyOptions,
  type PushSource,
} from './async-sources.ts'
export { taskSpy, type TaskSpy } from './async-tasks.ts'
export { unhandledRejections } from './async-unhandled.ts'
export { deferred, promiseState, settle, type Deferred, type PromiseState } from './deferred.ts'
export { iterationMatchers, type IterationMatchers } from './matchers.ts'
export { itClosesWhenTheCallbackThrows, itIsLazy, type LazyRules } from './lazy.ts'
export {
  infiniteSource,
  restartingIterator,
  spySource,
  RunawayIterationError,
  RUNAWAY_LIMIT,
  type RestartingIterator,
  type SourceSpy,
  type SpyOptions,
} from './sources.ts'
export { attempt, type Attempt } from './thrown.ts'
