/**
 * What one run of an exercise's tests says, in the shape every runner of the course shares
 * (`RunOutcome` of @iterlings/run, see TEAM.md): one entry per test, in the order the README reads,
 * each with its task and rules. Small enough to cache and to send between processes.
 */
import { byTaskOrder } from '@iterlings/course/ledger'

/** A place in the student's or the test's code, with the line itself to show. */
export interface Where {
  /** Absolute path. */
  file: string
  line: number
  column: number
  /** The line's text, read when the result came in (results are trusted only while files are unchanged). */
  text?: string
}

export interface TestOutcome {
  /** "3. take › 3.2 pulls exactly n values": the describe blocks and the title. */
  name: string
  /** The task's number, from the top-level describe block ("3. take"). */
  task?: number
  /** The rule ids that start the test's title ("3.2"), if it names any. */
  rules: string[]
  status: 'passed' | 'failed' | 'skipped'
  message?: string
  where?: Where
}

/** A failure outside any test: a test file that cannot load (a syntax error), an unhandled rejection. */
export interface RunError {
  message: string
  /** The test file that failed to load, relative to the exercise. */
  file?: string
  where?: Where
}

export interface RunOutcome {
  /** In task order (byTaskOrder). */
  tests: TestOutcome[]
  errors: RunError[]
  /** Set when the run was stopped: the student's code ran past the time limit. */
  stop?: { reason: 'time-limit'; detail: string }
  durationMs: number
}

export type Failure = ({ kind: 'test' } & TestOutcome) | ({ kind: 'error' } & RunError)

/** What stops the student first: an error outside the tests, else the failing test of the lowest task. */
export function firstFailure(outcome: RunOutcome): Failure | undefined {
  const [error] = outcome.errors
  if (error) return { kind: 'error', ...error }
  const test = byTaskOrder(outcome.tests).find(({ status }) => status === 'failed')
  return test && { kind: 'test', ...test }
}

export interface TaskStatus {
  task: number
  passed: boolean
}

/** Each task the tests name, in order, and whether all its tests pass. */
export function tasksOf(outcome: RunOutcome): TaskStatus[] {
  const tasks = new Map<number, boolean>()
  for (const { task, status } of outcome.tests) {
    if (task === undefined) continue
    tasks.set(task, (tasks.get(task) ?? true) && status !== 'failed')
  }
  return [...tasks].sort(([a], [b]) => a - b).map(([task, passed]) => ({ task, passed }))
}

export const isDone = (outcome: RunOutcome) =>
  !outcome.stop &&
  outcome.errors.length === 0 &&
  outcome.tests.some(({ status }) => status === 'passed') &&
  outcome.tests.every(({ status }) => status !== 'failed')

export const countOf = (outcome: RunOutcome, status: TestOutcome['status']) =>
  outcome.tests.filter((test) => test.status === status).length
