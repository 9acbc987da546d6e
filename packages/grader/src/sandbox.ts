/**
 * Runs one student's exercise in a fresh, isolated node process and reads its signed results.
 * The process's stdout, stderr and exit code are ignored: a test counts only if the harness signed
 * its result. The whole process group is killed at the time limit (a synchronous endless loop never
 * yields to a timer inside the process), or when it floods the results channel.
 */
import { spawn } from 'node:child_process'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import path from 'node:path'
import { MAIN_FILE } from './bundle.ts'
import type { Isolation } from './isolation.ts'
import {
  RESULTS_FD,
  SECRET_VARIABLE,
  sign,
  type ResultRecord,
  type RunSecret,
  type TestStatus,
} from './protocol.ts'

export interface SandboxOptions {
  isolation: Isolation
  timeoutMs: number
  memoryMb: number
}

export interface TestResult {
  status: TestStatus
  message?: string
  output?: string
}

/** Why a run ended without its 'done' record. */
export type Stop = 'timeout' | 'memory' | 'exit' | 'flood'

export interface RunOutcome {
  /** Test names in order, as the harness collected them. */
  plan?: string[]
  results: Map<number, TestResult>
  /** Set when the test files (and so the student's modules) threw while loading. */
  loadError?: string
  /** Set when the run ended early; `during` is the test that was running, if any. */
  stop?: { reason: Stop; during?: number; detail: string }
}

/** Bytes of results a run may send: far more than any honest run, far less than a flood. */
const CHANNEL_LIMIT = 4 * 1024 * 1024

export function runSandbox(
  sandboxDir: string,
  skip: number[],
  options: SandboxOptions,
): Promise<RunOutcome> {
  const key = randomBytes(32).toString('hex')
  const secret: RunSecret = { key, skip }
  const [command, ...wrapperArgs] = [
    ...options.isolation.wrapper,
    process.execPath,
    ...options.isolation.nodeFlags(sandboxDir, options.memoryMb),
    path.join(sandboxDir, MAIN_FILE),
  ]
  const child = spawn(command as string, wrapperArgs, {
    cwd: sandboxDir,
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    env: { PATH: process.env.PATH ?? '', [SECRET_VARIABLE]: JSON.stringify(secret) },
  })
  const outcome: RunOutcome = { results: new Map() }
  let expectedSeq = 0
  let running: number | undefined
  let done = false
  let received = 0
  let pending = ''
  let stopReason: Stop | undefined

  const kill = (reason: Stop) => {
    stopReason ??= reason
    try {
      process.kill(-(child.pid as number), 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  const timer = setTimeout(() => kill('timeout'), options.timeoutMs)

  const accept = (record: ResultRecord) => {
    switch (record.kind) {
      case 'plan':
        outcome.plan = record.tests
        break
      case 'start':
        running = record.test
        break
      case 'result':
        outcome.results.set(record.test, {
          status: record.status,
          ...(record.message === undefined ? {} : { message: record.message }),
          ...(record.output === undefined ? {} : { output: record.output }),
        })
        running = undefined
        break
      case 'load-error':
        outcome.loadError = record.message
        break
      case 'done':
        done = true
        kill('exit') // Whatever the student's exit handlers would still do is not worth waiting for.
        break
    }
  }

  const channel = child.stdio[RESULTS_FD] as NodeJS.ReadableStream
  channel.setEncoding('utf8')
  channel.on('data', (chunk: string) => {
    received += chunk.length
    if (received > CHANNEL_LIMIT) return kill('flood')
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const record = verify(line, key, expectedSeq)
      if (record) {
        expectedSeq += 1
        accept(record)
      }
    }
  })

  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      kill('exit') // Anything the run left behind in its group goes too.
      if (!done) {
        const reason =
          stopReason === 'exit' || stopReason === undefined ? exitReason(code, signal) : stopReason
        outcome.stop = {
          reason,
          ...(running === undefined ? {} : { during: running }),
          detail: describeStop(reason, code, signal, options),
        }
      }
      resolve(outcome)
    })
  })
}

/** The record on this line if it carries a valid signature and the expected sequence number. */
function verify(line: string, key: string, expectedSeq: number): ResultRecord | undefined {
  const tab = line.lastIndexOf('\t')
  if (tab < 0) return undefined
  const json = line.slice(0, tab)
  const signature = Buffer.from(line.slice(tab + 1), 'hex')
  const expected = Buffer.from(sign(key, json), 'hex')
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected))
    return undefined
  const record = JSON.parse(json) as ResultRecord & { seq: number }
  return record.seq === expectedSeq ? record : undefined
}

function exitReason(code: number | null, signal: NodeJS.Signals | null): Stop {
  // V8 aborts when the heap limit is reached: SIGABRT, or SIGSEGV when node is PID 1 of its own
  // PID namespace (the abort signal is ignored there); 134 and 139 when a wrapper reports them.
  const crashed = signal === 'SIGABRT' || signal === 'SIGSEGV' || code === 134 || code === 139
  return crashed ? 'memory' : 'exit'
}

function describeStop(
  reason: Stop,
  code: number | null,
  signal: NodeJS.Signals | null,
  options: SandboxOptions,
): string {
  switch (reason) {
    case 'timeout':
      return `still running after ${options.timeoutMs / 1000} s`
    case 'memory':
      return `crashed, most likely because it ran out of memory (limit ${options.memoryMb} MB)`
    case 'flood':
      return 'sent far more results than the tests can produce'
    case 'exit':
      return `the test process ended early (${signal ? `signal ${signal}` : `exit code ${code}`})`
  }
}
