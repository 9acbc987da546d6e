/**
 * Runs an exercise's tests in a long-lived child process (host.ts) that keeps a vitest instance
 * warm. A run that outlives the time limit is a student's endless loop: vitest cannot stop it, so
 * the child's whole process tree is killed and a fresh one takes its place. The limit counts from
 * the moment the first test file has loaded ('begin'): loading the test files (transforming them,
 * on a busy machine) is not the student's code running. Loading itself may loop too (code at the top of src/), so it
 * has a limit of its own, LOADING_FACTOR times longer.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import type { Exercise } from '@iterlings/course'
import type { RunOutcome } from '../outcome.ts'

export type HostRequest =
  { type: 'warm'; dir: string } | { type: 'run'; dir: string; changed: string[] }

export type HostReply =
  | { type: 'started' }
  | { type: 'begin' }
  | { type: 'result'; outcome: RunOutcome }
  | { type: 'error'; message: string }

export const DEFAULT_TIME_LIMIT_MS = 10_000
const LOADING_FACTOR = 3

export class TestRunner {
  #host: ChildProcess | undefined
  #timeLimitMs: number
  #queue: Promise<unknown> = Promise.resolve()

  constructor({ timeLimitMs = DEFAULT_TIME_LIMIT_MS }: { timeLimitMs?: number } = {}) {
    this.#timeLimitMs = timeLimitMs
  }

  /** Starts vitest for an exercise ahead of its first run, so the first result comes sooner. */
  warm(exercise: Pick<Exercise, 'dir'>): void {
    this.#ensureHost().send({ type: 'warm', dir: exercise.dir } satisfies HostRequest)
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

  #run(exercise: Pick<Exercise, 'dir'>, changed: string[]): Promise<RunOutcome> {
    const host = this.#ensureHost()
    const limit = this.#timeLimitMs
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined
      const settle = () => {
        clearTimeout(timer)
        host.off('message', onMessage)
        host.off('exit', onExit)
      }
      const stopAfter = (ms: number, detail: string) => {
        clearTimeout(timer)
        timer = setTimeout(() => {
          settle()
          this.#kill()
          this.warm(exercise)
          resolve({
            tests: [],
            errors: [],
            stop: { reason: 'time-limit', detail },
            durationMs: ms,
          })
        }, ms)
      }
      const onMessage = (reply: HostReply) => {
        if (reply.type === 'started') {
          const loading = limit * LOADING_FACTOR
          return stopAfter(loading, `was still loading after ${loading / 1000} s`)
        }
        if (reply.type === 'begin') return stopAfter(limit, `ran for more than ${limit / 1000} s`)
        settle()
        if (reply.type === 'result') resolve(reply.outcome)
        else reject(new Error(`the test runner failed: ${reply.message}`))
      }
      const onExit = (code: number | null) => {
        settle()
        this.#host = undefined
        reject(new Error(`the test runner stopped unexpectedly (exit code ${code})`))
      }
      host.on('message', onMessage)
      host.on('exit', onExit)
      host.send({ type: 'run', dir: exercise.dir, changed } satisfies HostRequest)
    })
  }

  close(): void {
    this.#kill()
  }

  #ensureHost(): ChildProcess {
    if (this.#host) return this.#host
    const host = fork(new URL('./host.js', import.meta.url), {
      // Its own process group, so one kill reaches vitest's forks too.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    })
    // vitest may print to stderr while starting; keep it off the student's screen.
    host.stderr?.resume()
    host.once('exit', () => {
      if (this.#host === host) this.#host = undefined
    })
    this.#host = host
    return host
  }

  #kill(): void {
    const host = this.#host
    this.#host = undefined
    if (host?.pid === undefined) return
    killTree(host.pid)
  }
}

export function killTree(pid: number): void {
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' })
    return
  }
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
