/** What one run of an exercise's tests against one implementation produced. */
export interface TestOutcome {
  /** "describe › it" as a student reads it. */
  name: string
  state: 'passed' | 'failed' | 'skipped'
  /** The first error's message, for failed tests. */
  message?: string
}

export interface TargetOutcome {
  /** "solution", "src" (the starter) or "mistakes/<file>". */
  target: string
  tests: TestOutcome[]
  /** Errors outside any test: a file that failed to load, an unhandled rejection. */
  errors: string[]
  /** Set when the run was killed for taking longer than the limit. */
  timedOut?: boolean
}

export const failed = (outcome: TargetOutcome) =>
  outcome.tests.filter((test) => test.state === 'failed')
export const passed = (outcome: TargetOutcome) =>
  outcome.tests.filter((test) => test.state === 'passed')
