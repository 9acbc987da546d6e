export {
  firstFailure,
  isDone,
  tasksOf,
  type Failure,
  type PlannedTest,
  type RunError,
  type RunOutcome,
  type RunStop,
  type SourcePlace,
  type StopReason,
  type TaskTally,
  type TestOutcome,
  type TestStatus,
} from './outcome.ts'
export { hintsOfTask, nextHint, type HintAnswer } from './hints.ts'
export type { HostEnd, RunHost, RunRecord } from './records.ts'
export { describeStop, GRACE_MS, supervise, type Limits } from './supervise.ts'
export {
  keepVerdicts,
  verdictsOf,
  type BrowserRun,
  type KeptVerdicts,
  type TargetVerdicts,
} from './verdicts.ts'
