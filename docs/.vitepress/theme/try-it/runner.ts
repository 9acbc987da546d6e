/**
 * Runs an example's code in a Web Worker under a time limit, the way Node runs a file: its output,
 * then how it ended. One worker is kept warm between runs; a run that was stopped or that threw
 * leaves it to be replaced, since code of that run may still be scheduled in it.
 */
import { supervise } from '@iterlings/run'
import type { Output } from './messages.ts'
import { WorkerHost } from './worker-host.ts'

export const TIME_LIMIT_MS = 2000
/** Loading the worker and the TypeScript stripper, before any code runs; generous for slow links. */
const START_LIMIT_MS = 30_000

export type RunEnd =
  | { kind: 'done' }
  /** What Node prints for an uncaught error or an unhandled rejection, and exits 1. */
  | { kind: 'error'; text: string; line: number | undefined; rejection: boolean }
  | { kind: 'timeout' }
  | { kind: 'crash'; detail: string }
  | { kind: 'cancelled' }

export class Runner {
  readonly #host = new WorkerHost<{ code: string }, Output>(
    () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  )
  #current = 0
  #running = false

  constructor() {
    this.#host.warm()
  }

  async run(code: string, print: (output: Output) => void): Promise<RunEnd> {
    const id = ++this.#current
    // A run still going is replaced: its worker is thrown away, and so is its result.
    if (this.#running) this.#host.discard()
    this.#running = true
    let rejection = false
    const outcome = await supervise(
      this.#host.run({ code }, (output) => {
        if (id !== this.#current) return
        if (output.kind === 'rejection') rejection = true
        else print(output)
      }),
      { runMs: TIME_LIMIT_MS, startMs: START_LIMIT_MS },
    )
    if (id !== this.#current) return { kind: 'cancelled' }
    this.#running = false
    const [error] = outcome.errors
    if (error || outcome.stop) this.#host.discard()
    if (outcome.stop?.reason === 'time') return { kind: 'timeout' }
    if (outcome.stop) return { kind: 'crash', detail: outcome.stop.detail }
    if (error) return { kind: 'error', text: error.message, line: error.where?.line, rejection }
    return { kind: 'done' }
  }
}
