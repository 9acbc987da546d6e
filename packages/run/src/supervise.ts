/**
 * Supervises one test run on any host: the run's time limit from its `begin` record, each test's
 * from its `start`, the stop when a limit passes or the host dies, and the outcome. A synchronous
 * endless loop never yields to a timer inside the run, so the limits are kept here, outside it,
 * and the host is stopped from outside. Browser-safe: only timers.
 */
import { placeOfTest } from '@iterlings/course/ledger'
import type {
  PlannedTest,
  RunError,
  RunOutcome,
  RunStop,
  StopReason,
  TestOutcome,
} from './outcome.ts'
import type { HostEnd, RunHost, RunRecord } from './records.ts'

export interface Limits {
  /** The whole run, from `begin`. */
  runMs: number
  /** Of `runMs`, what earlier hosts of this run used (a run resumed after a stop). */
  spentMs?: number
  /** One test that does not report its own `timeoutMs`, from its `start`. */
  testMs?: number
  /** Outside any test once the run has begun, from one record to the next: code loading, hooks. */
  idleMs?: number
  /** From `start()` of the host to `begin`: loading tools before any student code runs. */
  startMs?: number
}

/**
 * Added to the limit of a test (its own `timeoutMs` or `testMs`) and to `idleMs` before the host
 * is stopped: the run fails a test at its own timeout, with a better message, and on a loaded
 * machine its record can come late. The words name the limit without it.
 */
export const GRACE_MS = 1_000

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`
const ENDLESS =
  'Is there a loop that never ends (a while (true) with no way out, an iterator that is never done)?'

/** The words every screen shows for a stopped run. */
export function describeStop(
  reason: StopReason,
  during: string | undefined,
  limitMs: number,
  detail = '',
): string {
  switch (reason) {
    case 'time':
      return `Your code ran for more than ${seconds(limitMs)}, so the tests were stopped. ${ENDLESS}`
    case 'test-time':
      return `The test "${during}" was still running after ${seconds(limitMs)}, so it was stopped. ${ENDLESS}`
    case 'memory':
      return `Your code most likely ran out of memory, so the tests were stopped. Is something collecting an endless iterator into an array?${detail && ` (${detail})`}`
    case 'crash':
      return `The tests stopped unexpectedly${detail && ` (${detail})`}.`
    case 'flood':
      return 'The run sent far more results than the tests can produce, so it was stopped.'
  }
}

/** Elapsed time in ms, from whatever clock the host has. */
const now = () => globalThis.performance.now()
/** The longest delay a timer takes; a longer one would fire at once. */
const MAX_DELAY_MS = 2 ** 31 - 1

export function supervise(host: RunHost, limits: Limits): Promise<RunOutcome> {
  return new Promise((resolve) => {
    const tests = new Map<string, TestOutcome>()
    const planned: string[] = []
    let details: PlannedTest[] | undefined
    const errors: RunError[] = []
    let running: string | undefined
    let began: number | undefined
    let finished = false
    type Timer = 'run' | 'test' | 'idle' | 'start'
    const timers: Partial<Record<Timer, ReturnType<typeof setTimeout>>> = {}
    const clear = (name: Timer) => clearTimeout(timers[name])
    const after = (name: Timer, ms: number, then: () => void) => {
      clear(name)
      timers[name] = setTimeout(then, Math.min(Math.max(ms, 0), MAX_DELAY_MS))
    }

    const testFor = (name: string): TestOutcome => {
      const known = tests.get(name)
      if (known) return known
      const test: TestOutcome = { name, ...placeOfTest(name), status: 'skipped' }
      tests.set(name, test)
      return test
    }

    const finish = (stop?: Omit<RunStop, 'notRun'>) => {
      if (finished) return
      finished = true
      for (const name of ['run', 'test', 'idle', 'start'] as const) clear(name)
      if (stop) host.stop()
      else host.release()
      if (stop && running !== undefined) {
        Object.assign(testFor(running), { status: 'failed', message: stop.detail })
      }
      const notRun = planned.filter((name) => !tests.has(name))
      resolve({
        tests: [...tests.values()],
        errors,
        ...(details && { plan: details }),
        ...(stop && {
          stop: { ...stop, notRun, ...(began === undefined && { beforeBegin: true }) },
        }),
        durationMs: began === undefined ? 0 : now() - began,
      })
    }

    const stopFor = (reason: StopReason, limitMs: number, detail?: string) =>
      finish({
        reason,
        ...(running !== undefined && { during: running }),
        detail: describeStop(reason, running, limitMs, detail),
      })

    /** Outside a test, the next record must come within `idleMs`. */
    const idle = () => {
      const { idleMs } = limits
      if (idleMs === undefined || running !== undefined || began === undefined) return
      after('idle', idleMs + GRACE_MS, () => stopFor('time', idleMs))
    }

    const report = (record: RunRecord) => {
      if (finished) return
      switch (record.kind) {
        case 'begin':
          if (began !== undefined) break
          began = now()
          clear('start')
          after('run', limits.runMs - (limits.spentMs ?? 0), () => stopFor('time', limits.runMs))
          break
        case 'plan':
          for (const name of record.tests) if (!planned.includes(name)) planned.push(name)
          if (record.details) (details ??= []).push(...record.details)
          break
        case 'start': {
          running = record.test
          testFor(record.test)
          clear('idle')
          const limitMs = record.timeoutMs ?? limits.testMs
          if (limitMs === undefined) clear('test')
          else after('test', limitMs + GRACE_MS, () => stopFor('test-time', limitMs))
          break
        }
        case 'result': {
          const { kind: _, test: name, ...result } = record
          Object.assign(testFor(name), result)
          if (running === name) {
            running = undefined
            clear('test')
          }
          break
        }
        case 'error': {
          const { kind: _, ...error } = record
          errors.push(error)
          break
        }
        case 'done':
          return finish()
      }
      idle()
    }

    const ended = (end: HostEnd) => stopFor(end.reason, limits.runMs, end.detail)

    if (limits.startMs !== undefined) {
      after('start', limits.startMs, () =>
        finish({
          reason: 'crash',
          detail: describeStop('crash', undefined, 0, 'it never started'),
        }),
      )
    }
    host.start(report, ended)
  })
}
