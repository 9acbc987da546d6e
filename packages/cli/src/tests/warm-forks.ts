/**
 * vitest's forks pool, with one difference: the next run's child process is started as soon as a
 * run ends, so when the student saves, a process that has already loaded vitest's test runtime is
 * waiting. vitest starts a fresh fork for every run; loading its runtime is most of what a student
 * would otherwise wait for. Each run still gets a fresh process (isolated, killable as before).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import type { PoolOptions, PoolRunnerInitializer, PoolWorker, WorkerRequest } from 'vitest/node'

const NAME = 'iterlings-warm-forks'

let spare: { key: string; child: ChildProcess } | undefined

function spawnWorker(entrypoint: string, options: PoolOptions): ChildProcess {
  const child = fork(entrypoint, [], {
    env: options.env,
    execArgv: options.execArgv,
    stdio: 'pipe',
    serialization: 'advanced',
  })
  // The student's console output is not shown on the screen; do not let it fill a pipe either.
  child.stdout?.resume()
  child.stderr?.resume()
  return child
}

class WarmForksWorker implements PoolWorker {
  readonly name = NAME
  readonly cacheFs = true
  #child: ChildProcess | undefined
  readonly #entrypoint: string
  readonly #key: string

  constructor(private readonly options: PoolOptions) {
    this.#entrypoint = path.resolve(options.distPath, 'workers', 'forks.js')
    this.#key = JSON.stringify([this.#entrypoint, options.execArgv, options.env])
  }

  get #process(): ChildProcess {
    if (!this.#child) throw new Error('the test process was stopped or never started')
    return this.#child
  }

  on(event: string, callback: (arg: unknown) => void): void {
    this.#process.on(event, callback)
  }

  off(event: string, callback: (arg: unknown) => void): void {
    this.#process.off(event, callback)
  }

  send(message: WorkerRequest): void {
    this.#process.send(message)
  }

  deserialize(data: unknown): unknown {
    return data
  }

  async start(): Promise<void> {
    if (this.#child) return
    if (spare?.key === this.#key && spare.child.connected) this.#child = spare.child
    else {
      spare?.child.kill('SIGKILL')
      this.#child = spawnWorker(this.#entrypoint, this.options)
    }
    spare = undefined
  }

  async stop(): Promise<void> {
    const child = this.#child
    this.#child = undefined
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit')
      // As vitest does: ask first, then insist after half a second.
      const insist = setTimeout(() => child.kill('SIGKILL'), 500)
      child.kill()
      await exited
      clearTimeout(insist)
    }
    spare ??= { key: this.#key, child: spawnWorker(this.#entrypoint, this.options) }
  }
}

export const warmForks: PoolRunnerInitializer = {
  name: NAME,
  createPoolWorker: (options) => new WarmForksWorker(options),
}

/** Ends the waiting process, if any (when the host itself is closing). */
export function stopSpare(): void {
  spare?.child.kill('SIGKILL')
  spare = undefined
}
