/**
 * Node hosts for `supervise`: a child process in a process group of its own, so that one kill
 * reaches everything it started (vitest's forks included), and no group outlives the tool that
 * started it, however that tool ends.
 */
import { ChildProcess, spawn, spawnSync, type SpawnOptions } from 'node:child_process'
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

/**
 * V8 aborts at its heap limit: SIGABRT, or SIGSEGV or SIGTRAP as PID 1 of a PID namespace; 134,
 * 139 or 133 through a wrapper.
 */
export function endOf(code: number | null, signal: NodeJS.Signals | null): HostEnd {
  const memory =
    signal === 'SIGABRT' ||
    signal === 'SIGSEGV' ||
    signal === 'SIGTRAP' ||
    code === 134 ||
    code === 139 ||
    code === 133
  return {
    reason: memory ? 'memory' : 'crash',
    detail: signal ? `signal ${signal}` : `exit code ${code}`,
  }
}

const KINDS = new Set(['begin', 'plan', 'start', 'result', 'error', 'done'])
const isRecord = (message: unknown): message is RunRecord =>
  typeof message === 'object' && message !== null && KINDS.has((message as RunRecord).kind)

export interface ProcessOptions {
  command: string
  args: string[]
  cwd?: string
  env?: NodeJS.ProcessEnv
  /**
   * Written to the child's stdin, which is then closed: what the child must know before anything
   * else runs in it (a job, a key), on a channel no other process can read.
   */
  stdin?: string | Uint8Array
  /**
   * How records come back: as the child's IPC messages (a node child), or as lines on file
   * descriptor 3, each turned into a record, or dropped, by `parse` (a signature check, say).
   * Past `maxBytes` on fd 3 the run is stopped as a flood.
   */
  channel:
    { kind: 'ipc' } | { kind: 'fd3'; parse(line: string): RunRecord | undefined; maxBytes: number }
  /** Where the child's stderr goes; by default nowhere. Nothing reads its stdout. */
  stderr?: 'ignore' | 'inherit'
}

/** Where a child's records go, and how it ended. */
interface Listener {
  record(record: RunRecord): void
  end(end: HostEnd): void
}

/** After a child exits or closes its channel, how long its last records may take to arrive. */
const SETTLE_MS = 250
const CLOSED: HostEnd = { reason: 'crash', detail: 'it closed its results channel' }

function spawnChild(options: ProcessOptions, listener: Listener): ChildProcess {
  const child = spawnGroup(options.command, options.args, {
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    ...(options.env !== undefined && { env: options.env }),
    stdio: [
      options.stdin === undefined ? 'ignore' : 'pipe',
      'ignore',
      options.stderr ?? 'ignore',
      options.channel.kind === 'ipc' ? 'ipc' : 'pipe',
    ],
  })
  if (options.stdin !== undefined) {
    child.stdin?.on('error', () => undefined) // A child that dies at once closes its stdin early.
    child.stdin?.end(options.stdin)
  }
  return listen(child, options.channel, listener)
}

/** Passes on a child's records, then how it ended, once; the end kills what is left of its group. */
function listen(
  child: ChildProcess,
  channel: ProcessOptions['channel'],
  listener: Listener,
): ChildProcess {
  let over = false
  let exited: HostEnd | undefined
  let settling: ReturnType<typeof setTimeout> | undefined
  const end = (how: HostEnd) => {
    if (over) return
    over = true
    clearTimeout(settling)
    killGroup(child.pid)
    listener.end(how)
  }
  // A child that exited, or closed its channel while still running, can report nothing more.
  const settle = () => (settling ??= setTimeout(() => end(exited ?? CLOSED), SETTLE_MS))
  const record = (record: RunRecord) => over || listener.record(record)
  child.on('error', (error) => end({ reason: 'crash', detail: error.message }))
  child.on('exit', (code, signal) => {
    exited = endOf(code, signal)
    settle()
  })
  child.on('close', (code, signal) => end(endOf(code, signal)))
  if (channel.kind === 'ipc') {
    child.on('message', (message) => isRecord(message) && record(message))
    child.on('disconnect', settle)
    return child
  }
  const stream = child.stdio[3] as NodeJS.ReadableStream
  let received = 0
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    received += chunk.length
    if (received > channel.maxBytes) return end({ reason: 'flood', detail: 'fd 3' })
    const lines = chunk.split('\n')
    lines[0] = pending + lines[0]
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const parsed = channel.parse(line)
      if (parsed) record(parsed)
    }
  })
  stream.on('end', settle)
  return child
}

interface Live {
  child: ChildProcess
  /** The run that takes the child's records now. */
  run?: { report(record: RunRecord): void; ended(end: HostEnd): void }
  /** Records that came while no run took them: the next run's, unless it sends a request. */
  pending: RunRecord[]
  /** How the child ended, when it did with records pending. */
  end?: HostEnd
}

/**
 * A child kept between runs, which reports them in turn: vitest kept warm for requests sent over
 * IPC, one a run, or a sandbox given its whole job on stdin, which runs one exercise after the
 * other. A run takes the child's records until its `done`; what comes before the next run starts
 * is that run's (unless it sends a request: then it is no run's). A run that has to be stopped
 * kills the group, and the next run starts a fresh child.
 */
export class WarmProcess {
  readonly #start: () => ProcessOptions | ChildProcess
  #live: Live | undefined

  /**
   * `start` says how to start a child, each time a fresh one is needed, or starts it itself: a
   * node child with an IPC channel, through `spawnGroup`.
   */
  constructor(start: () => ProcessOptions | ChildProcess) {
    this.#start = start
  }

  /** Whether a child is running, so that the next run does not wait for one to start. */
  get warm(): boolean {
    return this.#live !== undefined && this.#live.end === undefined
  }

  /** Sends an IPC message that is not a run (a warm-up), starting the child if there is none. */
  send(message: object): void {
    this.#ensure().child.send(message)
  }

  /** The next run; `request`, if any, is sent to the child over IPC to start it. */
  host(request?: object): RunHost {
    let live: Live | undefined
    const detach = () => {
      if (live) live.run = undefined
    }
    return {
      start: (report, ended) => {
        if (request !== undefined) this.#dropPending()
        live = this.#ensure()
        live.run = { report, ended }
        if (request !== undefined) live.child.send(request)
        this.#deliver(live)
      },
      stop: () => {
        detach()
        if (live) this.#kill(live)
      },
      release: detach,
    }
  }

  close(): void {
    if (this.#live) this.#kill(this.#live)
  }

  #ensure(): Live {
    if (this.#live) return this.#live
    const listener: Listener = {
      record: (record) => (live.run ? live.run.report(record) : live.pending.push(record)),
      end: (end) => {
        if (live.run) return live.run.ended(end)
        if (this.#live !== live) return
        if (live.pending.length > 0) live.end = end
        else this.#live = undefined
      },
    }
    const started = this.#start()
    const live: Live = {
      child:
        started instanceof ChildProcess
          ? listen(started, { kind: 'ipc' }, listener)
          : spawnChild(started, listener),
      pending: [],
    }
    this.#live = live
    return live
  }

  /** Hands the run what came before it, then, if the child is gone, how it ended. */
  #deliver(live: Live): void {
    while (live.run && live.pending.length > 0) live.run.report(live.pending.shift() as RunRecord)
    if (live.end === undefined || live.pending.length > 0) return
    if (live.run) live.run.ended(live.end)
    else this.#kill(live)
  }

  /** Records no run asked for: a run that sends a request starts clean. */
  #dropPending(): void {
    const live = this.#live
    if (!live) return
    live.pending = []
    if (live.end) this.#kill(live)
  }

  #kill(live: Live): void {
    if (this.#live === live) this.#live = undefined
    killGroup(live.child.pid)
  }
}

/** A host that runs one process for one run; the group is killed when the run ends, either way. */
export function processHost(options: ProcessOptions, request?: object): RunHost {
  const host = new WarmProcess(() => options).host(request)
  // Whatever the run's exit handlers would still do is not worth waiting for.
  return { ...host, release: host.stop }
}
