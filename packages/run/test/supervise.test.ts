import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  firstFailure,
  GRACE_MS,
  isDone,
  supervise,
  tasksOf,
  type RunHost,
  type RunRecord,
} from '../src/index.ts'
import type { HostEnd } from '../src/records.ts'

/** A host the test drives by hand: it reports what the test says, and records how it was ended. */
function fakeHost() {
  const host = {
    report: (_: RunRecord) => {},
    ended: (_: HostEnd) => {},
    stopped: 0,
    released: 0,
    start(report: (record: RunRecord) => void, ended: (end: HostEnd) => void) {
      host.report = report
      host.ended = ended
    },
    stop: () => void (host.stopped += 1),
    release: () => void (host.released += 1),
  } satisfies RunHost & Record<string, unknown>
  return host
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('supervise', () => {
  it('gathers each test with its task and rules, and releases the host after done', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000 })
    host.report({ kind: 'begin' })
    host.report({ kind: 'plan', tests: ['2. next › 2.1 returns a value', '1. iter › 1.1 opens'] })
    host.report({ kind: 'start', test: '2. next › 2.1 returns a value' })
    host.report({
      kind: 'result',
      test: '2. next › 2.1 returns a value',
      status: 'failed',
      message: 'no',
    })
    host.report({ kind: 'start', test: '1. iter › 1.1 opens' })
    host.report({
      kind: 'result',
      test: '1. iter › 1.1 opens',
      status: 'failed',
      message: 'also no',
    })
    host.report({ kind: 'done' })
    const result = await outcome
    expect(result.tests).toEqual([
      {
        name: '2. next › 2.1 returns a value',
        task: 2,
        rules: ['2.1'],
        status: 'failed',
        message: 'no',
      },
      {
        name: '1. iter › 1.1 opens',
        task: 1,
        rules: ['1.1'],
        status: 'failed',
        message: 'also no',
      },
    ])
    expect(result.stop).toBeUndefined()
    expect([host.released, host.stopped]).toEqual([1, 0])
    expect(firstFailure(result)).toEqual({ kind: 'test', test: result.tests[1] })
    expect(tasksOf(result)).toEqual([
      { task: 1, passed: 0, failed: 1, skipped: 0 },
      { task: 2, passed: 0, failed: 1, skipped: 0 },
    ])
    expect(isDone(result)).toBe(false)
  })

  it('starts the run limit at begin, not while the host is loading', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000 })
    await vi.advanceTimersByTimeAsync(5000)
    expect(host.stopped, 'stopped before any student code ran').toBe(0)
    host.report({ kind: 'begin' })
    await vi.advanceTimersByTimeAsync(1000)
    const result = await outcome
    expect(host.stopped).toBe(1)
    expect(result.stop).toMatchObject({ reason: 'time', notRun: [] })
    expect(result.stop?.detail).toContain('ran for more than 1 s')
  })

  it('stops a test at its own limit, fails it with the reason and lists the tests never run', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 10_000, testMs: 500 })
    host.report({ kind: 'begin' })
    host.report({ kind: 'plan', tests: ['1. a › 1.1 x', '1. a › 1.2 y'] })
    host.report({ kind: 'start', test: '1. a › 1.1 x' })
    await vi.advanceTimersByTimeAsync(500 + GRACE_MS - 1)
    expect(host.stopped, 'stopped within the grace').toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    const result = await outcome
    expect(result.stop).toMatchObject({
      reason: 'test-time',
      during: '1. a › 1.1 x',
      notRun: ['1. a › 1.2 y'],
    })
    expect(result.tests).toEqual([
      expect.objectContaining({
        name: '1. a › 1.1 x',
        status: 'failed',
        message: result.stop?.detail,
      }),
    ])
    expect(result.stop?.detail).toBe(
      'The test "1. a › 1.1 x" was still running after 0.5 s, so it was stopped. Is there a loop that never ends (a while (true) with no way out, an iterator that is never done)?',
    )
  })

  it('stops a test at its own timeoutMs, a grace later, whatever the default', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 10_000, testMs: 500 })
    host.report({ kind: 'begin' })
    host.report({ kind: 'start', test: '1. a › 1.1 x', timeoutMs: 2000 })
    await vi.advanceTimersByTimeAsync(2000 + GRACE_MS - 1)
    expect(host.stopped, 'stopped at the default limit').toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    const { stop } = await outcome
    expect(stop).toMatchObject({ reason: 'test-time', during: '1. a › 1.1 x' })
    expect(stop?.detail).toContain('still running after 2 s')
  })

  it('gives each test a fresh limit', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 10_000, testMs: 500 })
    host.report({ kind: 'begin' })
    for (const name of ['1. a › 1.1 x', '1. a › 1.2 y']) {
      host.report({ kind: 'start', test: name })
      await vi.advanceTimersByTimeAsync(400)
      host.report({ kind: 'result', test: name, status: 'passed' })
    }
    host.report({ kind: 'done' })
    expect(isDone(await outcome)).toBe(true)
  })

  it('reports a host that died on its own, and ignores what comes after', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000 })
    host.report({ kind: 'begin' })
    host.report({ kind: 'start', test: '1. a › 1.1 x' })
    host.ended({ reason: 'memory', detail: 'signal SIGABRT' })
    host.report({ kind: 'result', test: '1. a › 1.1 x', status: 'passed' })
    const result = await outcome
    expect(result.stop).toMatchObject({ reason: 'memory', during: '1. a › 1.1 x' })
    expect(result.tests[0]?.status).toBe('failed')
  })

  it('keeps errors outside the tests, and shows them first', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000 })
    host.report({ kind: 'begin' })
    host.report({ kind: 'error', message: 'syntax error: Unexpected "}"', file: 'test/a.test.ts' })
    host.report({ kind: 'done' })
    const result = await outcome
    expect(firstFailure(result)).toEqual({
      kind: 'error',
      error: { message: 'syntax error: Unexpected "}"', file: 'test/a.test.ts' },
    })
    expect(isDone(result)).toBe(false)
  })

  it('gives up on a host that never begins, when a start limit is set', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000, startMs: 3000 })
    await vi.advanceTimersByTimeAsync(3000)
    expect((await outcome).stop).toMatchObject({ reason: 'crash', beforeBegin: true })
    expect(host.stopped).toBe(1)
  })

  it('says whether a stopped run had begun', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000 })
    host.report({ kind: 'begin' })
    host.ended({ reason: 'crash', detail: 'exit code 1' })
    expect((await outcome).stop?.beforeBegin).toBeUndefined()
  })

  it('stops a run that goes quiet outside a test for idleMs, a grace later; a test keeps its own limit', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 60_000, idleMs: 500 })
    host.report({ kind: 'begin' })
    await vi.advanceTimersByTimeAsync(400)
    host.report({ kind: 'plan', tests: ['1. a › 1.1 x', '1. a › 1.2 y'] })
    await vi.advanceTimersByTimeAsync(400)
    host.report({ kind: 'start', test: '1. a › 1.1 x', timeoutMs: 5000 })
    await vi.advanceTimersByTimeAsync(3000)
    host.report({ kind: 'result', test: '1. a › 1.1 x', status: 'passed' })
    expect(host.stopped, 'each record, and a test, holds the idle limit off').toBe(0)
    await vi.advanceTimersByTimeAsync(500 + GRACE_MS)
    const { stop } = await outcome
    expect(stop).toMatchObject({ reason: 'time', notRun: ['1. a › 1.2 y'] })
    expect(stop?.during).toBeUndefined()
    expect(stop?.detail).toContain('ran for more than 0.5 s')
  })

  it('resumes a run with what earlier hosts spent of its limit, and names the whole limit', async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 10_000, spentMs: 9000 })
    await vi.advanceTimersByTimeAsync(5000)
    host.report({ kind: 'begin' })
    await vi.advanceTimersByTimeAsync(999)
    expect(host.stopped).toBe(0)
    host.report({ kind: 'begin' })
    await vi.advanceTimersByTimeAsync(1)
    const result = await outcome
    expect(result.stop?.detail, 'a second begin does not restart the clock').toContain(
      'ran for more than 10 s',
    )
    expect(result.durationMs).toBe(1000)
  })

  it("keeps the plan's details and what each test printed", async () => {
    const host = fakeHost()
    const outcome = supervise(host, { runMs: 1000 })
    const details = [
      { name: '1. a › 1.1 x', skip: false, file: 'test/a.test.ts', code: '() => {}' },
    ]
    host.report({ kind: 'begin' })
    host.report({ kind: 'plan', tests: ['1. a › 1.1 x'], details })
    host.report({ kind: 'start', test: '1. a › 1.1 x' })
    host.report({ kind: 'result', test: '1. a › 1.1 x', status: 'passed', output: 'hello\n' })
    host.report({ kind: 'done' })
    const result = await outcome
    expect(result.plan).toEqual(details)
    expect(result.tests[0]?.output).toBe('hello\n')
  })
})
