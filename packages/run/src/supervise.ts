/**
 * Supervises one test run on any host: the run's time limit from its `begin` record, each test's
 * from its `start`, the stop when a limit passes or the host dies, and the outcome. A synchronous
 * endless loop never yields to a timer inside the run, so the limits are kept here, outside it,
 * and the host is stopped from outside. Browser-safe: only timers.
 */
import { placeOfTest } from '@iterlings/course/ledger'
import type { RunError, RunOutcome, RunStop, StopReason, TestOutcome } from './outcome.ts'
import type { HostEnd, RunHost, RunRecord } from './records.ts'

export interface Limits {
  /** The whole run, from `begin`. */
  runMs: number
  /** One test, from its `start`; at most the run's. */
  testMs?: number
  /** From `start()` of the host to `begin`: loading tools before any student code runs. */
  startMs?: number
}

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
      return `The test "${during}" ran for more than ${seconds(limitMs)}, so it was stopped. ${ENDLESS}`
    case 'memory':
      return `Your code used more memory than the tests allow, so they were stopped. Is something collecting an endless iterator into an array?${detail && ` (${detail})`}`
    case 'crash':
      return `The tests stopped unexpectedly${detail && ` (${detail})`}.`
    case 'flood':
      return 'The run sent far more results than the tests can produce, so it was stopped.'
  }
}

/** Elapsed time in ms, from whatever clock the host has. */
const now = () => globalThis.performance.now()

export function supervise(host: RunHost, limits: Limits): Promise<RunOutcome> {
  const testMs = Math.min(limits.testMs ?? limits.runMs, limits.runMs)
  return new Promise((resolve) => {
    const tests = new Map<string, TestOutcome>()
    const planned: string[] = []
    const errors: RunError[] = []
    let running: string | undefined
    let began: number | undefined
    let finished = false
    type Timer = 'run' | 'test' | 'start'
    const timers: Partial<Record<Timer, ReturnType<typeof setTimeout>>> = {}
    const clear = (name: Timer) => clearTimeout(timers[name])
    const after = (name: Timer, ms: number, then: () => void) => {
      clear(name)
      timers[name] = setTimeout(then, ms)
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
      for (const name of ['run', 'test', 'start'] as const) clear(name)
      if (stop) host.stop()
      else host.release()
      if (stop && running !== undefined) {
        Object.assign(testFor(running), { status: 'failed', message: stop.detail })
      }
      const notRun = planned.filter((name) => !tests.has(name))
      resolve({
        tests: [...tests.values()],
        errors,
        ...(stop && { stop: { ...stop, notRun } }),
        durationMs: began === undefined ? 0 : now() - began,
      })
    }

    const stopFor = (reason: StopReason, limitMs: number, detail?: string) =>
      finish({
        reason,
        ...(running !== undefined && { during: running }),
        detail: describeStop(reason, running, limitMs, detail),
      })

    const report = (record: RunRecord) => {
      if (finished) return
      switch (record.kind) {
        case 'begin':
          began ??= now()
          clear('start')
          after('run', limits.runMs, () => stopFor('time', limits.runMs))
          break
        case 'plan':
          for (const name of record.tests) if (!planned.includes(name)) planned.push(name)
          break
        case 'start':
          running = record.test
          testFor(record.test)
          after('test', testMs, () => stopFor('test-time', testMs))
          break
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
          finish()
          break
      }
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
