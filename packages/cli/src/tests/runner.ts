/**
 * Runs an exercise's tests in a long-lived child process (host.ts) that keeps a vitest instance
 * warm, supervised by @iterlings/run: the time limit counts from the run's `begin` (once the first
 * test file has loaded, see host.ts), and a run that outlives it is a student's endless loop,
 * which vitest cannot stop, so the child's whole process group is killed and a fresh child is
 * warmed for the next run.
 */
import { fileURLToPath } from 'node:url'
import type { Exercise } from '@iterlings/course'
import { describeStop, supervise, type RunOutcome } from '@iterlings/run'
import { spawnGroup, WarmProcess } from '@iterlings/run/process'

export type HostRequest =
  { type: 'warm'; dir: string } | { type: 'run'; dir: string; changed: string[] }

export const DEFAULT_TIME_LIMIT_MS = 10_000
const LOADING_FACTOR = 3
const NEVER_STARTED = describeStop('crash', undefined, 0, 'it never started')

export class TestRunner {
  readonly #timeLimitMs: number
  readonly #host = new WarmProcess(() => {
    const child = spawnGroup(
      process.execPath,
      [fileURLToPath(new URL('./host.js', import.meta.url))],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      },
    )
    // vitest may print to stderr while starting; keep it off the student's screen.
    child.stderr?.resume()
    return child
  })
  #queue: Promise<unknown> = Promise.resolve()

  constructor({ timeLimitMs = DEFAULT_TIME_LIMIT_MS }: { timeLimitMs?: number } = {}) {
    this.#timeLimitMs = timeLimitMs
  }

  /** Starts vitest for an exercise ahead of its first run, so the first result comes sooner. */
  warm(exercise: Pick<Exercise, 'dir'>): void {
    this.#host.send({ type: 'warm', dir: exercise.dir } satisfies HostRequest)
  }

  /**
   * Runs the exercise's tests once; `changed` are the files saved since the last run. Runs take
   * turns: the host answers one at a time.
   */
  run(exercise: Pick<Exercise, 'dir'>, changed: string[] = []): Promise<RunOutcome> {
    const run = this.#queue.then(() => this.#run(exercise, changed))
    this.#queue = run.catch(() => undefined)
    return run
  }

  async #run(exercise: Pick<Exercise, 'dir'>, changed: string[]): Promise<RunOutcome> {
    const request: HostRequest = { type: 'run', dir: exercise.dir, changed }
    const outcome = await supervise(this.#host.host(request), {
      runMs: this.#timeLimitMs,
      // Until the first test file has loaded (host.ts): vitest starting, files transformed, and
      // code at the top of src/, which may loop forever too.
      startMs: this.#timeLimitMs * LOADING_FACTOR,
    })
    // A stopped run took the child with it: the next one starts warm all the same.
    if (outcome.stop) this.warm(exercise)
    // Stopped before the first test file loaded: most likely a loop at the top of src/.
    if (outcome.stop?.detail === NEVER_STARTED) {
      const seconds = (this.#timeLimitMs * LOADING_FACTOR) / 1000
      return {
        ...outcome,
        stop: {
          ...outcome.stop,
          detail: `The tests did not finish loading in ${seconds} s, so they were stopped. Does code at the top of src/ (outside any function) loop forever?`,
        },
      }
    }
    return outcome
  }

  close(): void {
    this.#host.close()
  }
}
