export { listTargets, runAllTargets, type Outcomes, type ProveOptions } from './prove.ts'
export { judge, type MistakeVerdict, type Proof } from './verdict.ts'
export type { TargetOutcome, TestOutcome } from './outcome.ts'
