/**
 * What a running harness reports, in order: the shape of `@iterlings/run`'s RunRecord, so any
 * supervisor (the grader's sandbox, the proof, the browser) reads every runner the same way.
 */
export type TestStatus = 'passed' | 'failed' | 'skipped'

/** A test as the collection found it: enough for a trusted run to decide what is graded. */
export interface PlannedTest {
  name: string
  /** Skipped where it was collected (skip, todo, skipIf, runIf). */
  skip: boolean
  /** The source of the test's function, for formats that show it (Exercism's test_code). */
  code: string
  /** The test file it came from. */
  file: string
}

export type RunRecord =
  /** Code under test starts running: a supervisor's run limit starts here. */
  | { kind: 'begin' }
  | { kind: 'plan'; tests: string[]; details: PlannedTest[] }
  /** A test starts; a supervisor's per-test limit is `timeoutMs` (plus its own grace). */
  | { kind: 'start'; test: string; timeoutMs: number }
  | {
      kind: 'result'
      test: string
      status: TestStatus
      message?: string
      durationMs?: number
      /** What the test printed (console, process.stdout), cut short. */
      output?: string
    }
  /** Outside any test: a file that failed to load, an unhandled rejection. */
  | { kind: 'error'; message: string; file?: string }
  | { kind: 'done' }

export type Report = (record: RunRecord) => void
