/**
 * The grader's policy for a student's exercises, run in one sandboxed process one after the
 * other and each supervised by @iterlings/run (a test's own limit from its `start` record, the
 * gaps between records the default test limit; the whole group killed at a limit, on a flood of
 * the results channel, or when the channel closes). The student's stdout, stderr and exit code
 * are ignored: only signed records count. After a stop the rest of the exercise runs in a fresh
 * process, from the test after the one that was running (or from that test, the first time it
 * passes a time limit), a few times at most; all of an exercise's tests together have a cap.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import {
  GRACE_MS,
  supervise,
  type PlannedTest,
  type RunError,
  type RunOutcome,
  type RunStop,
  type TestOutcome,
} from '@iterlings/run'
import { killGroup, spawnGroup, WarmProcess, type ProcessOptions } from '@iterlings/run/process'
import { createReader } from './channel.ts'
import type { HostExercise, HostJob } from './host.ts'
import type { Isolation } from './isolation.ts'

/** One exercise's outcome, gathered over every process it took. */
export interface ExerciseRun {
  /** The tests collected: from a graded run without their code, which the trusted plan has. */
  plan?: PlannedTest[]
  results: Map<string, TestOutcome>
  /** Errors outside any test: the code did not compile (no file), a test file did not load, an unhandled rejection. */
  errors: RunError[]
  /** Tests during which the process was stopped. */
  stops: Map<string, RunStop>
  /** Set when the exercise was stopped outside any test (its code never finished loading). */
  stopped?: RunStop
}

export interface SandboxOptions {
  isolation: Isolation
  /** V8's code cache for the host (see cacheHost), base64. */
  hostCache?: string
  /** The default time limit of a test (a test's own timeout wins). */
  testTimeoutMs: number
  memoryMb: number
}

/**
 * The boot line: reads everything from stdin (to its end: nothing is left there to read) and
 * compiles the host, a function of `require` and `job` (with V8's code cache for it, when given),
 * then runs it; given no job, it writes the host's code cache to stdout instead (see cacheHost).
 * Stdin stays open: a closed fd 0 is the next file Node opens, and libuv aborts when it closes a
 * file on fd 0 (process.memoryUsage() reading /proc/self/stat, say). It runs as `node -e`, a
 * classic script, whose top-level declarations would be global bindings every module sees (the
 * job, its key and tests, the real fs and vm): everything lives in a closure instead, and nothing
 * of it is kept once the host has it.
 */
const BOOT = `"use strict"; (() => {
  const fs = require('node:fs'), vm = require('node:vm')
  const input = JSON.parse(fs.readFileSync(0, 'utf8'))
  const cachedData = input.cache ? Buffer.from(input.cache, 'base64') : undefined
  const script = new vm.Script('(function (require, job) {' + input.host + '\\n})', { filename: 'harness.js', cachedData })
  if (input.job !== undefined) return script.runInThisContext()(require, input.job)
  const cache = script.createCachedData()
  for (let at = 0; at < cache.length; ) at += fs.writeSync(1, cache, at)
})()`

/** How a sandbox starts, running the boot line. */
function sandboxStart(isolation: Isolation) {
  const [command, ...args] = [
    ...isolation.wrapper,
    process.execPath,
    ...isolation.nodeFlags,
    '-e',
    BOOT,
  ]
  return {
    command: command as string,
    args,
    env: { PATH: process.env.PATH ?? '' },
    // process.cwd() would tell the code where the course lives.
    cwd: path.parse(process.cwd()).root,
  }
}

/**
 * V8's code cache for the host, made once per grading run by a process started exactly as every
 * sandbox is (V8 takes a cache only from its own version and flags) that compiles the host and
 * runs nothing: no student's code, and no test, has run where it is made, and it reaches the
 * sandboxes on their stdin, from the grader. A sandbox given it skips parsing the 1.2 MB host; a
 * cache V8 rejects only costs that parse. Undefined when the process fails: each sandbox then
 * compiles the host itself.
 */
export async function cacheHost(host: string, isolation: Isolation): Promise<string | undefined> {
  const { command, ...start } = sandboxStart(isolation)
  const child = spawnGroup(command, start.args, { ...start, stdio: ['pipe', 'pipe', 'ignore'] })
  child.stdin?.on('error', () => undefined)
  child.stdin?.end(JSON.stringify({ host }))
  const chunks: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null))
    child.on('close', resolve)
  })
  killGroup(child.pid)
  const cache = Buffer.concat(chunks)
  return code === 0 && cache.length > 0 ? cache.toString('base64') : undefined
}

/** From a fresh process's start to its first `begin` (Node and the harness loading, no student code yet). */
const START_LIMIT_MS = 60_000
/** Bytes of records one process may send: far more than any honest run, far less than a flood. */
const CHANNEL_LIMIT = 32 * 1024 * 1024
/** Stops an exercise may have before the rest of its tests are given up (each costs a limit). */
const MAX_STOPS = 3
/**
 * All of an exercise's tests together may take this many default test limits (60 s at 5 s): far
 * more than any honest run, so tests that each stop just short of their limit cannot hold a
 * grading run for hours.
 */
const EXERCISE_LIMITS = 12
/** Errors outside the tests kept for the feedback. */
const MAX_ERRORS = 20

/** The start of every sandbox's stdin (the host and its cache, a megabyte and more), encoded once. */
let encoded: { host: string; cache: string | undefined; head: Buffer } | undefined

function stdinHead(host: string, cache: string | undefined): Buffer {
  if (encoded?.host !== host || encoded.cache !== cache) {
    const head = Buffer.from(
      `{"host":${JSON.stringify(host)},"cache":${JSON.stringify(cache ?? null)},"job":`,
    )
    encoded = { host, cache, head }
  }
  return encoded.head
}

/** The sandboxed process for `job`: the job on stdin with a fresh key, the records on fd 3. */
function sandboxProcess(
  host: string,
  job: Omit<HostJob, 'key'>,
  options: SandboxOptions,
): ProcessOptions {
  const key = randomBytes(32).toString('hex')
  const stdin = Buffer.concat([
    stdinHead(host, options.hostCache),
    Buffer.from(`${JSON.stringify({ ...job, key })}}`),
  ])
  return {
    ...sandboxStart(options.isolation),
    stdin,
    channel: { kind: 'fd3', parse: createReader(key), maxBytes: CHANNEL_LIMIT },
    // The student's output counts for nothing; ITERLINGS_SANDBOX_STDERR=inherit shows it when
    // debugging the grader itself.
    stderr: process.env.ITERLINGS_SANDBOX_STDERR === 'inherit' ? 'inherit' : 'ignore',
  }
}

/**
 * Runs every exercise of `job`, resuming after each stop in a fresh process. Exercises without a
 * `run` list (the trusted run) are never resumed: a stop there is the grader's problem.
 */
export async function runSandboxed(
  host: string,
  job: Omit<HostJob, 'key'>,
  options: SandboxOptions,
): Promise<Map<string, ExerciseRun>> {
  const runs = new Map<string, ExerciseRun>()
  /** What a fresh process is given: the exercise under way (what is left of it), and the rest. */
  let left = job.exercises
  const sandbox = new WarmProcess(() => sandboxProcess(host, { ...job, exercises: left }, options))
  const capMs = options.testTimeoutMs * EXERCISE_LIMITS
  /**
   * Runs `exercise` (the `index`th of the job) into `run`, resuming after each stop, within what
   * is left of the exercise's cap after `spentMs`; returns the time spent in all.
   */
  const attempts = async (
    exercise: HostExercise,
    index: number,
    run: ExerciseRun,
    spentMs = 0,
  ): Promise<number> => {
    let current: HostExercise | undefined = exercise
    const retried = new Set<string>()
    for (let attempt = 1; current; attempt += 1) {
      left = [current, ...job.exercises.slice(index + 1)]
      const outcome = await supervise(sandbox.host(), {
        // Between exercises in a running process, no tool is loading: the gap is a test limit.
        startMs: sandbox.warm ? options.testTimeoutMs + GRACE_MS : START_LIMIT_MS,
        runMs: capMs,
        spentMs,
        testMs: options.testTimeoutMs,
        idleMs: options.testTimeoutMs,
      })
      spentMs += outcome.durationMs
      gather(run, outcome)
      current =
        outcome.stop && resumeAfter(outcome.stop, current, run, attempt - retried.size, retried)
    }
    return spentMs
  }
  try {
    for (const [index, exercise] of job.exercises.entries()) {
      const run = freshRun()
      runs.set(exercise.slug, run)
      const spentMs = await attempts(exercise, index, run)
      const again = timedOutAgain(exercise, run)
      if (!again || spentMs >= capMs) continue
      // The process running on into the next exercise is no fresh one. The cap holds for both.
      sandbox.close()
      const second = freshRun()
      await attempts(again, index, second, spentMs)
      for (const test of second.results.values()) run.results.set(test.name, test)
    }
  } finally {
    sandbox.close()
  }
  return runs
}

const freshRun = (): ExerciseRun => ({ results: new Map(), errors: [], stops: new Map() })

/**
 * The tests of `run` that failed at the harness's own time limit (async tests, hooks), to run once
 * more in a fresh process: that limit is wall time too (see resumeAfter). Their second result
 * counts; one that gets none keeps its first.
 */
function timedOutAgain(exercise: HostExercise, run: ExerciseRun): HostExercise | undefined {
  const names = [...run.results.values()].filter((test) => test.timedOut).map((test) => test.name)
  return exercise.run && names.length > 0 ? { ...exercise, run: names, skip: [] } : undefined
}

function gather(run: ExerciseRun, outcome: RunOutcome): void {
  run.plan ??= outcome.plan
  for (const test of outcome.tests)
    if (test.name !== outcome.stop?.during) run.results.set(test.name, test)
  run.errors.push(...outcome.errors.slice(0, MAX_ERRORS - run.errors.length))
}

/**
 * What to run of an exercise after `stop`, if anything: the tests after the one that was
 * stopped, or, when the exercise had not begun (something an earlier exercise left running), all
 * of it again. `stops` counts the stops so far but retries.
 */
function resumeAfter(
  stop: RunStop,
  current: HostExercise,
  run: ExerciseRun,
  stops: number,
  retried: Set<string>,
): HostExercise | undefined {
  const rest = () => current.run?.filter((name) => !run.results.has(name) && !run.stops.has(name))
  // The limits are kept in wall time, which a loaded machine stretches as surely as an endless
  // loop: an honest test (or the code loading) stopped at its own limit gets one more try in a
  // fresh process before the stop counts, so that a busy machine grades as a quiet one does. An
  // endless loop is stopped again, at the cost of one more limit.
  const limit = stop.reason === 'test-time' || (stop.reason === 'time' && !stop.during)
  const what = stop.during ?? ''
  if (current.run && limit && !stop.beforeBegin && !retried.has(what)) {
    retried.add(what)
    return run.results.size === 0 ? current : { ...current, run: rest(), skip: [] }
  }
  if (!current.run || stop.during === undefined) {
    if (current.run && stop.beforeBegin && stops < MAX_STOPS) return current
    run.stopped = stop
    return undefined
  }
  // During a test, a stop of the run's clock is the exercise's cap: its tests have had their time.
  if (stop.reason === 'time') {
    const detail = `${stop.detail} That is the limit for all of this exercise's tests in all, so the rest were not run: tests that each take nearly their whole limit usually mean slow code, a loop that does far more work than it needs.`
    run.stops.set(stop.during, { ...stop, detail })
    return undefined
  }
  run.stops.set(stop.during, stop)
  const left = rest() ?? []
  return left.length > 0 && stops < MAX_STOPS ? { ...current, run: left, skip: [] } : undefined
}
