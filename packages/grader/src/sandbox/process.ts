/**
 * Runs a student's exercises in one sandboxed process and watches it from outside: each test has
 * its own time limit from its `start` record (an endless loop costs that test's limit), the gaps
 * between records the default one; the whole process group is killed at a limit, on a flood of
 * the results channel, or when the channel closes. The student's stdout, stderr and exit code are
 * ignored: only signed records count. After any stop the rest runs in a fresh process, from the
 * test after the one that was running, a few times at most per exercise.
 *
 * The shape is that of @iterlings/run's supervise(): records in, one outcome per exercise out.
 */
import { randomBytes } from 'node:crypto'
import type { PlannedTest, TestStatus } from '@iterlings/harness'
import { killGroup, spawnGroup } from '@iterlings/run/process'
import { createVerifier, RESULTS_FD, type SignedRecord } from './channel.ts'
import type { HostExercise, HostJob } from './host.ts'
import type { Isolation } from './isolation.ts'

export type StopReason = 'timeout' | 'exercise-time' | 'memory' | 'exit' | 'flood'

export interface Stop {
  reason: StopReason
  detail: string
}

export interface TestResult {
  status: TestStatus
  message?: string
  output?: string
}

/** One exercise's records, gathered over every process it took. */
export interface ExerciseRun {
  plan?: PlannedTest[]
  results: Map<string, TestResult>
  /** Errors outside any test: the code did not compile (no file), a test file did not load, an unhandled rejection. */
  errors: Array<{ message: string; file?: string }>
  /** Tests during which the process was stopped. */
  stops: Map<string, Stop>
  /** Set when the process was stopped before the tests were collected (the code never loaded). */
  stopped?: Stop
}

export interface SandboxOptions {
  isolation: Isolation
  /** The default time limit of a test (a test's own timeout wins). */
  testTimeoutMs: number
  memoryMb: number
}

/** The boot line: reads everything from stdin, closes it, and compiles the host. */
const BOOT = [
  `const fs = require('node:fs'), vm = require('node:vm')`,
  `const input = JSON.parse(fs.readFileSync(0, 'utf8'))`,
  `fs.closeSync(0)`,
  `vm.compileFunction(input.host, ['require', 'job'], { filename: 'harness.js' })(require, input.job)`,
].join('; ')

/** A limit is the test's own plus this, for the process's own overhead. */
const GRACE_MS = 1_000
/** From the process's start to the first `begin` (Node and the harness loading, no student code yet). */
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

interface Stopped extends Stop {
  exercise: string
  /** The test that was running. */
  test?: string
  /** Whether the exercise had begun (its code was loading or running). */
  begun: boolean
}

/** Runs `exercises` in one process; records go into `runs`; resolves with the stop, if any. */
function runOnce(
  host: string,
  job: Omit<HostJob, 'key'>,
  runs: Map<string, ExerciseRun>,
  spent: Map<string, number>,
  options: SandboxOptions,
): Promise<Stopped | undefined> {
  const key = randomBytes(32).toString('hex')
  const verify = createVerifier(key)
  const [command, ...args] = [
    ...options.isolation.wrapper,
    process.execPath,
    ...options.isolation.nodeFlags,
    '-e',
    BOOT,
  ]
  // Its own process group, killed with every other live one if the grader exits or is stopped.
  const child = spawnGroup(command as string, args, {
    // The student's output counts for nothing; ITERLINGS_SANDBOX_STDERR=inherit shows it when
    // debugging the grader itself.
    stdio: [
      'pipe',
      'ignore',
      process.env.ITERLINGS_SANDBOX_STDERR === 'inherit' ? 'inherit' : 'ignore',
      'pipe',
    ],
    env: { PATH: process.env.PATH ?? '' },
  })
  child.stdin?.on('error', () => undefined) // A process that dies at once closes its stdin early.
  child.stdin?.end(JSON.stringify({ host, job: { ...job, key } }))

  let exercise = job.exercises[0]?.slug ?? ''
  let test: { name: string } | undefined
  let begun = false
  let finished = false
  let stop: Stop | undefined
  let timer: NodeJS.Timeout | undefined
  const kill = (reason: StopReason, detail: string) => {
    stop ??= { reason, detail }
    killGroup(child.pid)
  }
  const arm = (limitMs: number) => {
    clearTimeout(timer)
    timer = setTimeout(
      () => kill('timeout', `still running after ${limitMs / 1000} s`),
      limitMs + GRACE_MS,
    )
  }
  arm(START_LIMIT_MS - GRACE_MS)
  const exerciseLimitMs = options.testTimeoutMs * EXERCISE_LIMITS
  let exerciseTimer: NodeJS.Timeout | undefined
  let begunAt = 0
  const stopClock = () => {
    clearTimeout(exerciseTimer)
    if (begunAt) spent.set(exercise, (spent.get(exercise) ?? 0) + (performance.now() - begunAt))
    begunAt = 0
  }

  const accept = ({ exercise: slug, record }: SignedRecord) => {
    if (slug !== exercise) {
      exercise = slug
      begun = false
    }
    const run = runs.get(slug)
    if (!run) return
    switch (record.kind) {
      case 'begin':
        begun = true
        begunAt = performance.now()
        exerciseTimer = setTimeout(
          () =>
            kill(
              'exercise-time',
              `its tests ran for more than ${exerciseLimitMs / 1000} s in all, so the rest were not run`,
            ),
          Math.max(0, exerciseLimitMs - (spent.get(slug) ?? 0)),
        )
        break
      case 'plan':
        run.plan ??= record.details
        break
      case 'start':
        test = { name: record.test }
        arm(record.timeoutMs)
        return
      case 'result':
        run.results.set(record.test, {
          status: record.status,
          ...(record.message === undefined ? {} : { message: record.message }),
          ...(record.output === undefined ? {} : { output: record.output }),
        })
        test = undefined
        break
      case 'error':
        if (run.errors.length < 20)
          run.errors.push({
            message: record.message,
            ...(record.file ? { file: record.file } : {}),
          })
        break
      case 'done': {
        stopClock()
        // A stop from here on belongs to the next exercise, which has not begun.
        const next = job.exercises.findIndex((each) => each.slug === slug) + 1
        if (next >= job.exercises.length) finished = true
        else exercise = (job.exercises[next] as HostExercise).slug
        begun = false
        break
      }
    }
    arm(options.testTimeoutMs)
  }

  let received = 0
  let pending = ''
  const channel = child.stdio[RESULTS_FD] as NodeJS.ReadableStream
  channel.setEncoding('utf8')
  channel.on('data', (chunk: string) => {
    received += chunk.length
    if (received > CHANNEL_LIMIT)
      return kill('flood', 'sent far more results than the tests can produce')
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      const signed = verify(line)
      if (signed) accept(signed)
    }
  })
  // A closed channel with the process still running: nothing it does can count any more. (When
  // the process is dying, its exit says why: it gets a moment to arrive first.)
  let closing: NodeJS.Timeout | undefined
  channel.on('end', () => {
    if (!finished)
      closing = setTimeout(() => kill('exit', 'the test process closed its results channel'), 250)
  })

  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      stopClock()
      clearTimeout(closing)
      killGroup(child.pid) // Anything the run left behind in its group goes too.
      if (finished) return resolve(undefined)
      const crash = stop ?? describeExit(code, signal, options.memoryMb)
      resolve({ ...crash, exercise, begun, ...(test ? { test: test.name } : {}) })
    })
  })
}

function describeExit(code: number | null, signal: NodeJS.Signals | null, memoryMb: number): Stop {
  // V8 aborts when memory runs out: SIGABRT (SIGSEGV or SIGTRAP when node is PID 1 of its own
  // namespace), 134 and 139 when a wrapper reports them.
  const memory =
    signal === 'SIGABRT' ||
    signal === 'SIGSEGV' ||
    signal === 'SIGTRAP' ||
    code === 134 ||
    code === 139 ||
    code === 133
  return memory
    ? {
        reason: 'memory',
        detail: `crashed, most likely because it ran out of memory (limit ${memoryMb} MB)`,
      }
    : {
        reason: 'exit',
        detail: `the test process ended early (${signal ? `signal ${signal}` : `exit code ${code}`})`,
      }
}

const emptyRun = (): ExerciseRun => ({ results: new Map(), errors: [], stops: new Map() })

/**
 * Runs every exercise of `job`, resuming after each stop in a fresh process. Exercises without a
 * `run` list (the trusted run) are never resumed: a stop there is the grader's problem.
 */
export async function runSandboxed(
  host: string,
  job: Omit<HostJob, 'key'>,
  options: SandboxOptions,
): Promise<Map<string, ExerciseRun>> {
  const runs = new Map(job.exercises.map((exercise) => [exercise.slug, emptyRun()]))
  const stopCounts = new Map<string, number>()
  const spent = new Map<string, number>()
  let remaining: HostExercise[] = job.exercises
  while (remaining.length > 0) {
    const stopped = await runOnce(host, { ...job, exercises: remaining }, runs, spent, options)
    if (!stopped) break
    const index = Math.max(
      0,
      remaining.findIndex((exercise) => exercise.slug === stopped.exercise),
    )
    const current = remaining[index] as HostExercise
    const run = runs.get(current.slug) as ExerciseRun
    const stops = (stopCounts.get(current.slug) ?? 0) + 1
    stopCounts.set(current.slug, stops)
    const rest = remaining.slice(index + 1)
    const { reason, detail } = stopped
    if (!current.run) {
      run.stopped = { reason, detail }
      remaining = rest
      continue
    }
    if (stopped.test === undefined) {
      // Stopped before a test: while the code loaded (given up), or before the exercise began
      // (something left over from an earlier exercise: tried again in the fresh process).
      if (stopped.begun || stops >= MAX_STOPS) {
        run.stopped = { reason, detail }
        remaining = rest
      } else remaining = [current, ...rest]
      continue
    }
    run.stops.set(stopped.test, { reason, detail })
    const left = current.run.filter((name) => !run.results.has(name) && !run.stops.has(name))
    const resume = left.length > 0 && stops < MAX_STOPS && reason !== 'exercise-time'
    remaining = resume ? [{ ...current, run: left, skip: [] }, ...rest] : rest
  }
  return runs
}
