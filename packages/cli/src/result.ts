/** What the CLI knows about an exercise's files: what its tests say and what the type checker says. */
import { firstFailure, isDone, type RunOutcome } from './outcome.ts'
import type { TypeReport } from './types/report.ts'

export interface Result {
  tests?: RunOutcome
  /** A report with `complete: false` is the first error found while the check goes on. */
  types?: TypeReport
}

/** Done means every test passes and the code type-checks, its type tests included. */
export const isFinished = (result: Result | undefined): boolean =>
  result?.tests !== undefined &&
  isDone(result.tests) &&
  result.types?.complete === true &&
  result.types.errors === 0

/** Whether the result already says the exercise is not done, whatever is still to come. */
export const isFailing = (result: Result | undefined): boolean =>
  (result?.tests !== undefined && !isDone(result.tests)) || (result?.types?.errors ?? 0) > 0

/** The task the student is on: the lowest one a test fails in. */
export const failingTask = (result: Result | undefined): number | undefined => {
  const failure = result?.tests && firstFailure(result.tests)
  return failure?.kind === 'test' ? failure.test.task : undefined
}
