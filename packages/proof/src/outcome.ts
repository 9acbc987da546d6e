import type { RunOutcome } from '@iterlings/run'

/** One run of an exercise's tests (or its type tests) against one implementation. */
export interface TargetOutcome {
  /** "solution", "src" (the starter) or "mistakes/<file>.ts". */
  target: string
  outcome: RunOutcome
  /** vitest's verdicts from the record (record.ts), not from a run now. */
  recorded?: true
}

export const failed = ({ outcome }: TargetOutcome) =>
  outcome.tests.filter((test) => test.status === 'failed')
export const passed = ({ outcome }: TargetOutcome) =>
  outcome.tests.filter((test) => test.status === 'passed')
