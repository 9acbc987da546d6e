/**
 * The one shape a test run's result takes, from every runner (vitest in the CLI and the proof, the
 * grader's sandbox, the browser's worker) to every screen and format. Browser-safe.
 */
import { byTaskOrder } from '@iterlings/course/ledger'

export type TestStatus = 'passed' | 'failed' | 'skipped'

/** A place in the student's or the test's code. */
export interface SourcePlace {
  /** Absolute path, or the module's name where there is no file system. */
  file: string
  line: number
  column: number
}

export interface TestOutcome {
  /** The describe blocks and the title, joined by " › ": "3. find › 3.2 closes the source". */
  name: string
  /** From the top-level describe block: the README's task. */
  task?: number
  /** The rule ids that start the title. */
  rules: string[]
  status: TestStatus
  /** For a failed test: the first error's message, the one that teaches. */
  message?: string
  where?: SourcePlace
  durationMs?: number
  /** What the test printed (console, process.stdout), cut short, where the host captures it. */
  output?: string
  /** Failed at a time limit the host keeps itself (the harness's, for async tests). */
  timedOut?: boolean
}

/** A test as the run collected it, where the host says more than its name (the harness does). */
export interface PlannedTest {
  name: string
  /** Skipped where it was collected (skip, todo, skipIf, runIf). */
  skip: boolean
  /** The test file it came from. */
  file: string
  /** The source of the test's function, for formats that show it (Exercism's test_code). */
  code: string
}

/** An error outside any test: a test file that failed to load (a syntax error), an unhandled rejection. */
export interface RunError {
  message: string
  /** The test file it came from, when it stopped one from loading. */
  file?: string
  where?: SourcePlace
}

/**
 * Why a run ended before its last test: a limit (`time` for the run, `test-time` for one test),
 * the memory limit, a crash of the process or worker, or far more output than tests produce.
 */
export type StopReason = 'time' | 'test-time' | 'memory' | 'crash' | 'flood'

export interface RunStop {
  reason: StopReason
  /** The test that was running, if one was. */
  during?: string
  /** What happened, in words for the student: the same on every screen. */
  detail: string
  /** Tests the run planned that never started. */
  notRun: string[]
  /** Set when no code of this run had run yet: it was stopped before its `begin`. */
  beforeBegin?: true
}

export interface RunOutcome {
  /** Every test the run planned or reported, in the order the run reported them. */
  tests: TestOutcome[]
  errors: RunError[]
  /** What the run's plan said of each test, where the host reports more than names. */
  plan?: PlannedTest[]
  stop?: RunStop
  /** From the moment the student's code started to run. */
  durationMs: number
}

/** Passed only when every test passed, nothing failed outside them and the run was not stopped. */
export function isDone(outcome: RunOutcome): boolean {
  return (
    outcome.stop === undefined &&
    outcome.errors.length === 0 &&
    outcome.tests.length > 0 &&
    outcome.tests.every((test) => test.status === 'passed')
  )
}

export type Failure = { kind: 'error'; error: RunError } | { kind: 'test'; test: TestOutcome }

/**
 * What to show first: an error outside the tests (nothing else can pass until it is fixed), else
 * the failed test of the lowest task, as the README reads, whatever order the files ran in.
 */
export function firstFailure(outcome: RunOutcome): Failure | undefined {
  const [error] = outcome.errors
  if (error) return { kind: 'error', error }
  const [test] = byTaskOrder(outcome.tests.filter((candidate) => candidate.status === 'failed'))
  return test && { kind: 'test', test }
}

export interface TaskTally {
  task: number
  passed: number
  failed: number
  skipped: number
}

/** Passed, failed and skipped tests of each task, in task order. */
export function tasksOf(outcome: RunOutcome): TaskTally[] {
  const tallies = new Map<number, TaskTally>()
  for (const test of outcome.tests) {
    if (test.task === undefined) continue
    const tally = tallies.get(test.task) ?? { task: test.task, passed: 0, failed: 0, skipped: 0 }
    tally[test.status] += 1
    tallies.set(test.task, tally)
  }
  return [...tallies.values()].sort((a, b) => a.task - b.task)
}
