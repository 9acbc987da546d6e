/** What a running host reports, in this order, over whatever channel it has. Browser-safe. */
import type { PlannedTest, SourcePlace, TestStatus } from './outcome.ts'

export type RunRecord =
  /** The student's code starts to run (the test files are about to load): the run's clock starts. */
  | { kind: 'begin' }
  /** Tests the run will report, by full name; sent once or once per test file. */
  | { kind: 'plan'; tests: string[]; details?: PlannedTest[] }
  /** `timeoutMs`: the test's own limit, where the host knows it; the supervisor adds its grace. */
  | { kind: 'start'; test: string; timeoutMs?: number }
  | {
      kind: 'result'
      test: string
      status: TestStatus
      message?: string
      where?: SourcePlace
      durationMs?: number
      /** What the test printed, cut short, where the host captures it. */
      output?: string
      /** Failed at a time limit the host keeps itself (the harness's, for async tests). */
      timedOut?: boolean
    }
  /** An error outside any test. */
  | { kind: 'error'; message: string; file?: string; where?: SourcePlace }
  | { kind: 'done' }

/** How a host ended when it ended on its own before `done`. */
export interface HostEnd {
  /** `memory` when the engine gave up at its memory limit; otherwise a crash. */
  reason: 'memory' | 'crash' | 'flood'
  /** For the maintainer: an exit code, a signal, the worker's error. */
  detail: string
}

/**
 * Anything that runs tests and reports records: a process group, a worker thread, a Web Worker.
 * `start` begins the run; the host calls `report` for each record and `ended` if it stops on its
 * own before `done`. `stop` ends it at once, whatever it is doing (a synchronous endless loop
 * included); `release` is called instead when the run ended normally.
 */
export interface RunHost {
  start(report: (record: RunRecord) => void, ended: (end: HostEnd) => void): void
  stop(): void
  release(): void
}
