/**
 * The results channel between a sandboxed test run and the grader. The harness writes one line per
 * record on a dedicated pipe: the record's JSON, a tab, and its HMAC under a key only the harness
 * holds. The grader accepts a record only if its signature checks out and its `seq` is the next one,
 * so the student's code (which can write to the same pipe) can neither forge nor replay a record.
 */
import { createHmac } from 'node:crypto'

/** File descriptor of the results pipe in the test process. */
export const RESULTS_FD = 3
/** Environment variable that carries the key and run options; the harness deletes it at once. */
export const SECRET_VARIABLE = 'ITERLINGS_GRADER_SECRET'

export interface RunSecret {
  /** Hex key for the HMAC. */
  key: string
  /** Test indexes not to run (already reported by an earlier process that was stopped). */
  skip: number[]
}

export type TestStatus = 'pass' | 'fail' | 'skip'

export type ResultRecord =
  | { kind: 'plan'; tests: string[] }
  | { kind: 'start'; test: number }
  | { kind: 'result'; test: number; status: TestStatus; message?: string; output?: string }
  | { kind: 'load-error'; message: string }
  | { kind: 'done' }

export type Signed<R> = R & { seq: number }

export function sign(key: string, json: string): string {
  return createHmac('sha256', key).update(json).digest('hex')
}
