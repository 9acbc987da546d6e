import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  firstFailure,
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
    await vi.advanceTimersByTimeAsync(499)
    expect(host.stopped).toBe(0)
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
      'The test "1. a › 1.1 x" ran for more than 0.5 s, so it was stopped. Is there a loop that never ends (a while (true) with no way out, an iterator that is never done)?',
    )
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
    expect((await outcome).stop).toMatchObject({ reason: 'crash' })
    expect(host.stopped).toBe(1)
  })
})
