/**
 * vitest's forks pool, with one difference: the next run's child process is started as soon as a
 * run ends, so when the student saves, a process that has already loaded vitest's test runtime and
 * set up its test environment is waiting. vitest starts a fresh fork for every run; loading its
 * runtime and answering its `start` request is most of what a student would otherwise wait for.
 * Each run still gets a fresh process (isolated, killable as before).
 */
import { fork, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { PoolOptions, PoolRunnerInitializer, PoolWorker, WorkerRequest } from 'vitest/node'

const NAME = 'iterlings-warm-forks'

type StartRequest = Extract<WorkerRequest, { type: 'start' }>

interface Spare {
  key: string
  child: ChildProcess
  /** The `start` request the spare was sent ahead, and its answer once it comes. */
  started?: { request: StartRequest; answer: Promise<unknown> }
}

let spare: Spare | undefined
/** The last `start` request vitest sent: the next fork's will be the same but for its ids. */
let lastStart: StartRequest | undefined

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

/** A fork that is sent the last run's `start` request at once, so it sets up ahead. */
function spawnSpare(key: string, entrypoint: string, options: PoolOptions): Spare {
  const child = spawnWorker(entrypoint, options)
  if (!lastStart) return { key, child }
  const answer = new Promise((resolve) => {
    const onMessage = (message: { __vitest_worker_response__?: true; type?: string }) => {
      if (!message?.__vitest_worker_response__ || message.type !== 'started') return
      child.off('message', onMessage)
      resolve(message)
    }
    child.on('message', onMessage)
  })
  child.send(lastStart)
  return { key, child, started: { request: lastStart, answer } }
}

// The ids differ from fork to fork; the worker reads its id from each `run` request again.
const sameStart = (a: StartRequest, b: StartRequest) =>
  isDeepStrictEqual(
    { ...a, workerId: 0, traces: { ...a.traces, otelCarrier: undefined } },
    { ...b, workerId: 0, traces: { ...b.traces, otelCarrier: undefined } },
  )

class WarmForksWorker implements PoolWorker {
  readonly name = NAME
  readonly cacheFs = true
  #child: ChildProcess | undefined
  #started: Spare['started']
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
    if (message.type === 'start') {
      lastStart = message
      const started = this.#started
      this.#started = undefined
      // Set up ahead with the same request: vitest gets the answer the fork gave then. (Any
      // other request is sent as it is, and the fork sets up again.)
      if (started && sameStart(started.request, message)) {
        const child = this.#process
        void started.answer.then((answer) => child.emit('message', answer))
        return
      }
    }
    this.#process.send(message)
  }

  deserialize(data: unknown): unknown {
    return data
  }

  async start(): Promise<void> {
    if (this.#child) return
    if (spare?.key === this.#key && spare.child.connected) {
      this.#child = spare.child
      this.#started = spare.started
    } else {
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
    spare ??= spawnSpare(this.#key, this.#entrypoint, this.options)
  }
}

export const warmForks: PoolRunnerInitializer = {
  name: NAME,
  createPoolWorker: (options) => new WarmForksWorker(options),
}

/** Ends the waiting process, if any (when the host closes, or moves to another exercise). */
export function stopSpare(): void {
  spare?.child.kill('SIGKILL')
  spare = undefined
  lastStart = undefined
}
