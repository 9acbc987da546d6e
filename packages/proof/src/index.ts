export {
  listMistakes,
  listTargets,
  runAllTargets,
  type Mistake,
  type Outcomes,
  type ProveOptions,
} from './prove.ts'
export { checkLedger, type LedgerVerdict, type MistakeCatch } from './ledger.ts'
export { judge, type MistakeVerdict, type Proof } from './verdict.ts'
export type { TargetOutcome } from './outcome.ts'
