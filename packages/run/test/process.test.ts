import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { isDone, supervise, type RunOutcome } from '../src/index.ts'
import { running } from '../src/process-table.ts'
import { processHost, spawnGroup, WarmProcess, type ProcessOptions } from '../src/process.ts'

const child = (name: string) =>
  fileURLToPath(new URL(`./fixtures/children/${name}`, import.meta.url))

describe('processHost', () => {
  it('runs a child to done over IPC', async () => {
    const host = processHost({
      command: process.execPath,
      args: [child('reports.mjs'), 'done'],
      channel: { kind: 'ipc' },
    })
    const outcome = await supervise(host, { runMs: 5000 })
    expect(outcome.stop?.notRun).toBeUndefined()
    expect(outcome.tests.map((test) => test.status)).toEqual(['passed'])
  })

  it('stops a synchronous endless loop at the test limit and kills the whole group', async () => {
    const pidFile = path.join(mkdtempSync(path.join(tmpdir(), 'iterlings-run-')), 'pid')
    const host = processHost({
      command: process.execPath,
      args: [child('reports.mjs'), pidFile],
      channel: { kind: 'ipc' },
    })
    const outcome = await supervise(host, { runMs: 5000, testMs: 300 })
    const grandchild = Number(readFileSync(pidFile, 'utf8'))
    expect(outcome.stop).toMatchObject({ reason: 'test-time', during: '1. a › 1.2 y', notRun: [] })
    expect(grandchild).toBeGreaterThan(0)
    // A killed process takes a moment to be reaped.
    await expect
      .poll(() => running(grandchild), {
        message: 'the grandchild outlived the kill',
        timeout: 5000,
      })
      .toBe(false)
  })

  it('tells a crash from a pass', async () => {
    const host = processHost({
      command: process.execPath,
      args: [child('reports.mjs'), 'crash'],
      channel: { kind: 'ipc' },
    })
    const outcome = await supervise(host, { runMs: 5000 })
    expect(outcome.stop).toMatchObject({ reason: 'crash', notRun: ['1. a › 1.2 y'] })
    expect(outcome.stop?.detail).toContain('exit code 3')
  })

  it('reads fd 3 through the parser, which drops what it does not trust', async () => {
    const parse = (line: string) => {
      const [json = '', mark] = line.split('\t')
      return mark === 'ok' ? JSON.parse(json) : undefined
    }
    const host = processHost({
      command: process.execPath,
      args: [child('fd3.mjs')],
      channel: { kind: 'fd3', parse, maxBytes: 100_000 },
    })
    const outcome = await supervise(host, { runMs: 5000 })
    expect(outcome.tests).toEqual([expect.objectContaining({ status: 'failed', message: 'real' })])
  })

  /** fd3.mjs in `mode`, every line taken as it is. */
  const fd3Child = (mode: string) =>
    processHost({
      command: process.execPath,
      args: [child('fd3.mjs'), mode],
      channel: {
        kind: 'fd3',
        parse: (line) => JSON.parse(line.split('\t')[0] ?? ''),
        maxBytes: 100_000,
      },
    })

  it('stops a child that closed its channel and kept running', async () => {
    const { stop } = await supervise(fd3Child('close'), { runMs: 5000 })
    expect(stop?.reason).toBe('crash')
    expect(stop?.detail).toContain('it closed its results channel')
  })

  it('stops a flood on fd 3', async () => {
    expect((await supervise(fd3Child('flood'), { runMs: 5000 })).stop?.reason).toBe('flood')
  })
})

describe.each([
  [
    'says how to start the child',
    (): ProcessOptions => ({
      command: process.execPath,
      args: [child('warm.mjs')],
      channel: { kind: 'ipc' },
    }),
  ],
  [
    'starts the child itself',
    () =>
      spawnGroup(process.execPath, [child('warm.mjs')], {
        stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      }),
  ],
])('WarmProcess with requests, when the caller %s', (_, start) => {
  const warm = new WarmProcess(start)
  afterAll(() => warm.close())

  it('keeps one child between runs, and starts a fresh one after a stopped run', async () => {
    // A child that never begins is given up at the start limit: short for the loop, not for a
    // fresh child starting on a loaded machine.
    const run = async (mode: string) =>
      supervise(warm.host({ mode }), { runMs: 5000, startMs: mode === 'loop' ? 400 : 10_000 })
    const first = await run('pass')
    const second = await run('pass')
    expect(second.tests[0]?.name).toBe(first.tests[0]?.name)
    expect((await run('loop')).stop?.reason).toBe('crash')
    const third = await run('pass')
    expect(third.tests[0]?.name).not.toBe(first.tests[0]?.name)
  })
})

describe('WarmProcess running one run after another', () => {
  const parse = (line: string) => JSON.parse(line)
  /** Supervises each run in turn; a fresh child is given, on stdin, the runs not yet done. */
  async function runInTurn(runs: string[]) {
    const given: string[][] = []
    let left = runs
    const warm = new WarmProcess(() => {
      given.push(left)
      return {
        command: process.execPath,
        args: [child('sequence.mjs')],
        stdin: JSON.stringify(left),
        channel: { kind: 'fd3', parse, maxBytes: 1e6 },
      }
    })
    const outcomes = []
    try {
      for (const [index] of runs.entries()) {
        left = runs.slice(index)
        outcomes.push(await supervise(warm.host(), { runMs: 5000, startMs: 5000 }))
      }
    } finally {
      warm.close()
    }
    return { given, outcomes }
  }
  const pidOf = (outcome: RunOutcome) => outcome.tests[0]?.name.split('pid ')[1]

  it('gives each run its own records, from its stdin job, in one child', async () => {
    const { given, outcomes } = await runInTurn(['a', 'b', 'c'])
    expect(given).toEqual([['a', 'b', 'c']])
    expect(outcomes.map((outcome) => outcome.tests[0]?.output)).toEqual(['ran a', 'ran b', 'ran c'])
    expect(outcomes.every(isDone)).toBe(true)
    expect(new Set(outcomes.map(pidOf)).size).toBe(1)
  })

  it('stops a test at its own timeoutMs, and goes on in a fresh child with what is left', async () => {
    const { given, outcomes } = await runInTurn(['a', 'b:loop', 'c', 'd'])
    const [a, b, c, d] = outcomes as [RunOutcome, RunOutcome, RunOutcome, RunOutcome]
    expect(b.stop).toMatchObject({ reason: 'test-time', during: b.tests[0]?.name })
    expect(b.stop?.detail).toContain('still running after 0.2 s')
    expect(given).toEqual([
      ['a', 'b:loop', 'c', 'd'],
      ['c', 'd'],
    ])
    expect(pidOf(b)).toBe(pidOf(a))
    expect(pidOf(c)).not.toBe(pidOf(b))
    expect(pidOf(d)).toBe(pidOf(c))
    expect([a, c, d].every(isDone)).toBe(true)
  })

  it('gives a run the records and the end of a child that died before the run started', async () => {
    const { given, outcomes } = await runInTurn(['a', 'b:exit', 'c'])
    const [, b, c] = outcomes as [RunOutcome, RunOutcome, RunOutcome]
    expect(b.stop).toMatchObject({ reason: 'crash', during: b.tests[0]?.name })
    expect(b.stop?.detail).toContain('exit code 3')
    expect(given).toEqual([['a', 'b:exit', 'c'], ['c']])
    expect(isDone(c)).toBe(true)
  })
})

describe('spawnGroup', () => {
  // The tool below imports the built module: `pnpm test` builds the package first (turbo's test
  // task depends on build), so it is not compiled again here.
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'kills every group it started when the tool gets %s',
    async (signal) => {
      const parent = spawn(process.execPath, [child('parent.mjs')], {
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      const [chunk] = (await once(parent.stdout, 'data')) as [Buffer]
      const pid = Number(chunk.toString().trim())
      expect(running(pid)).toBe(true)
      parent.kill(signal)
      const [, exitSignal] = (await once(parent, 'exit')) as [number | null, string | null]
      expect(exitSignal, 'the tool ends as the signal says').toBe(signal)
      await expect
        .poll(() => running(pid), { message: 'a group outlived the tool', timeout: 5000 })
        .toBe(false)
    },
  )
})
