/**
 * Node hosts for `supervise`: a child process in a process group of its own, so that one kill
 * reaches everything it started (vitest's forks included), and no group outlives the tool that
 * started it, however that tool ends.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process'
import type { HostEnd, RunHost, RunRecord } from './records.ts'

const groups = new Set<number>()
let hooked = false

/** Kills a child's whole process group at once. */
export function killGroup(pid: number | undefined): void {
  if (pid === undefined) return
  groups.delete(pid)
  if (process.platform === 'win32') {
    spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' })
    return
  }
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // The group is already gone.
  }
}

function killEveryGroup(): void {
  for (const pid of [...groups]) killGroup(pid)
}

/** Records a group to kill when this process exits, is interrupted or is terminated. */
function track(child: ChildProcess): void {
  if (child.pid === undefined) return
  groups.add(child.pid)
  if (hooked) return
  hooked = true
  process.once('exit', killEveryGroup)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killEveryGroup()
      // Then end as the signal would have, unless the program handles it itself.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
}

/** Starts a command in a process group of its own, remembered until it is killed. */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: process.platform !== 'win32' })
  track(child)
  return child
}

/** V8 aborts at its heap limit: SIGABRT, or SIGSEGV as PID 1 of a PID namespace; 134/139 through a wrapper. */
export function endOf(code: number | null, signal: NodeJS.Signals | null): HostEnd {
  const memory = signal === 'SIGABRT' || signal === 'SIGSEGV' || code === 134 || code === 139
  return {
    reason: memory ? 'memory' : 'crash',
    detail: signal ? `signal ${signal}` : `exit code ${code}`,
  }
}

const KINDS = new Set(['begin', 'plan', 'start', 'result', 'error', 'done'])
const isRecord = (message: unknown): message is RunRecord =>
  typeof message === 'object' && message !== null && KINDS.has((message as RunRecord).kind)

export interface ProcessHostOptions {
  command: string
  args: string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
  /**
   * How records come back: as the child's IPC messages (a node child), or as lines on file
   * descriptor 3, each turned into a record, or dropped, by `parse` (a signature check, say).
   * Past `maxBytes` on fd 3 the run is stopped as a flood.
   */
  channel:
    | { kind: 'ipc'; request?: unknown }
    | { kind: 'fd3'; parse(line: string): RunRecord | undefined; maxBytes: number }
  /** What to do with the child's stdout and stderr; by default nothing reads them. */
  output?: 'ignore' | 'inherit'
}

/** A host that runs one process for one run; the group is killed when the run ends, either way. */
export function processHost(options: ProcessHostOptions): RunHost {
  let child: ChildProcess | undefined
  const kill = () => killGroup(child?.pid)
  return {
    start(report, ended) {
      const { channel } = options
      const output = options.output ?? 'ignore'
      child = spawnGroup(options.command, options.args, {
        ...(options.cwd !== undefined && { cwd: options.cwd }),
        ...(options.env !== undefined && { env: options.env }),
        stdio: ['ignore', output, output, channel.kind === 'ipc' ? 'ipc' : 'pipe'],
      })
      child.on('error', (error) => ended({ reason: 'crash', detail: error.message }))
      child.on('close', (code, signal) => ended(endOf(code, signal)))
      if (channel.kind === 'ipc') {
        child.on('message', (message) => {
          if (isRecord(message)) report(message)
        })
        if (channel.request !== undefined) child.send(channel.request as object)
        return
      }
      const stream = child.stdio[3] as NodeJS.ReadableStream
      let received = 0
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        received += chunk.length
        if (received > channel.maxBytes) return ended({ reason: 'flood', detail: 'fd 3' })
        const lines = (pending + chunk).split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) {
          const record = channel.parse(line)
          if (record) report(record)
        }
      })
    },
    stop: kill,
    // Whatever the run's exit handlers would still do is not worth waiting for.
    release: kill,
  }
}

/**
 * A node child kept between runs (vitest stays warm in it): each run sends it a request over IPC
 * and reads records back until `done`. A run that has to be stopped kills the group; the next run
 * starts a fresh child.
 */
export class WarmProcess {
  #child: ChildProcess | undefined
  readonly #start: () => ChildProcess

  /** `start` must fork a node child with an IPC channel, through `spawnGroup`. */
  constructor(start: () => ChildProcess) {
    this.#start = start
  }

  /** Sends a message that is not a run (a warm-up), starting the child if there is none. */
  send(message: object): void {
    this.#ensure().send(message)
  }

  host(request: object): RunHost {
    let detach = () => {}
    return {
      start: (report, ended) => {
        const child = this.#ensure()
        const onMessage = (message: unknown) => {
          if (isRecord(message)) report(message)
        }
        const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
          if (this.#child === child) this.#child = undefined
          ended(endOf(code, signal))
        }
        detach = () => {
          child.off('message', onMessage)
          child.off('exit', onExit)
        }
        child.on('message', onMessage)
        child.on('exit', onExit)
        child.send(request)
      },
      stop: () => {
        detach()
        this.close()
      },
      release: () => detach(),
    }
  }

  close(): void {
    const child = this.#child
    this.#child = undefined
    killGroup(child?.pid)
  }

  #ensure(): ChildProcess {
    if (this.#child?.connected) return this.#child
    const child = this.#start()
    child.once('exit', () => {
      if (this.#child === child) this.#child = undefined
    })
    this.#child = child
    return child
  }
}
