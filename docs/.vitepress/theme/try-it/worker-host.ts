/**
 * A Web Worker as a host for `supervise` (@iterlings/run): one warm worker reused run after run,
 * terminated when a run is stopped (an endless loop cannot be interrupted any other way) and
 * spawned again for the next. Run records go to the supervisor, which keeps the time limit from
 * the record `begin`, when the code starts running, not from when the worker started loading.
 * Anything else the worker posts (printed output, say) goes to the run's `other` listener.
 */
import type { HostEnd, RunHost, RunRecord } from '@iterlings/run'

const recordKinds = new Set(['begin', 'plan', 'start', 'result', 'error', 'done'])
const isRecord = (data: unknown): data is RunRecord =>
  typeof data === 'object' && data !== null && recordKinds.has((data as RunRecord).kind)

export class WorkerHost<Job, Other> {
  readonly #spawn: () => Worker
  #worker: Worker | undefined

  constructor(spawn: () => Worker) {
    this.#spawn = spawn
  }

  /** Starts loading the worker ahead of the first run. */
  warm(): void {
    this.#worker ??= this.#spawn()
  }

  /** Throws the worker away, so the next run starts in a fresh one. */
  discard(): void {
    this.#worker?.terminate()
    this.#worker = undefined
  }

  /** One run of `job`, as `supervise` drives it. */
  run(job: Job, other: (message: Other) => void): RunHost {
    let worker: Worker | undefined
    return {
      start: (report, ended: (end: HostEnd) => void) => {
        worker = this.#worker ??= this.#spawn()
        worker.onmessage = ({ data }: MessageEvent<RunRecord | Other>) =>
          isRecord(data) ? report(data) : other(data)
        worker.onerror = (event) => {
          event.preventDefault()
          ended({ reason: 'crash', detail: event.message || 'the worker failed to load' })
        }
        worker.postMessage(job)
      },
      stop: () => {
        if (worker && worker === this.#worker) this.discard()
      },
      release: () => {
        if (worker) worker.onmessage = worker.onerror = null
      },
    }
  }
}
