import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RunOutcome, RunStop } from '@iterlings/run'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readRecord, recordedOutcome, writeRecord } from '../src/record.ts'
// The built module: it forks its sibling run-targets.js, which only exists in dist/.
import { runAllTargets } from '../dist/prove.js'

const fixture = path.join(import.meta.dirname, 'fixtures', 'looping-exercise')

const outcome = (status: 'passed' | 'failed', extra: Partial<RunOutcome> = {}): RunOutcome => ({
  tests: [{ name: 'doubles', rules: [], status, message: 'expected 5 to be 6' }],
  errors: [],
  durationMs: 12,
  ...extra,
})

describe('the record of vitest on the mistakes', () => {
  // A copy inside the course (the record hashes the course's test helpers and lockfile), with a
  // records folder of its own.
  let exercise: string
  let records: string
  beforeEach(() => {
    const scratch = mkdtempSync(path.join(import.meta.dirname, 'fixtures', '.record-'))
    exercise = path.join(scratch, 'looping-exercise')
    records = path.join(scratch, 'records')
    cpSync(fixture, exercise, { recursive: true })
  })
  afterEach(() => rmSync(path.dirname(exercise), { recursive: true, force: true }))

  const record = (runs: Parameters<typeof writeRecord>[1]) => {
    writeRecord(exercise, runs, records)
    return readRecord(exercise, records)
  }

  it('gives back each mistake’s verdicts, rules and stop while nothing they depend on changed', () => {
    const stop: RunStop = { reason: 'time', detail: 'stopped after 5 s', notRun: [] }
    const kept = record([
      { target: 'mistakes/adds.ts', types: false, outcome: outcome('failed') },
      { target: 'mistakes/loops-forever.ts', types: false, outcome: outcome('failed', { stop }) },
    ])
    expect(recordedOutcome(kept, exercise, 'mistakes/adds.ts', false)).toEqual({
      tests: [{ name: 'doubles', rules: [], status: 'failed' }],
      errors: [],
      durationMs: 0,
    })
    expect(recordedOutcome(kept, exercise, 'mistakes/loops-forever.ts', false)?.stop).toEqual(stop)
    expect(recordedOutcome(kept, exercise, 'mistakes/adds.ts', true), 'no type run kept').toBe(
      undefined,
    )
  })

  it('is the same file whatever order vitest reported the tests in', () => {
    const test = (name: string, status: 'passed' | 'failed') => ({ name, rules: [], status })
    const tests = [
      test('2. b › 2.1 second', 'failed'),
      test('1. a › 1.2 first, later rule', 'passed'),
      test('1. a › 1.1 first', 'failed'),
    ]
    const file = () => readFileSync(path.join(records, 'looping-exercise.json'), 'utf8')
    const run = (order: typeof tests) => ({
      target: 'mistakes/adds.ts',
      types: false,
      outcome: { ...outcome('failed'), tests: order },
    })
    writeRecord(exercise, [run(tests)], records)
    const once = file()
    writeRecord(exercise, [run([...tests].reverse())], records)
    expect(file()).toBe(once)
    expect(JSON.parse(once)).toMatchObject({
      tests: ['1. a › 1.1 first', '1. a › 1.2 first, later rule', '2. b › 2.1 second'],
      runs: { 'mistakes/adds.ts': { verdicts: 'fpf' } },
    })
  })

  it('forgets a mistake whose file changed, and only that one', () => {
    const kept = record([
      { target: 'mistakes/adds.ts', types: false, outcome: outcome('failed') },
      { target: 'mistakes/loops-forever.ts', types: false, outcome: outcome('failed') },
    ])
    writeFileSync(
      path.join(exercise, 'mistakes', 'adds.ts'),
      'export const double = (n: number) => n + 3\n',
    )
    expect(recordedOutcome(kept, exercise, 'mistakes/adds.ts', false)).toBe(undefined)
    expect(recordedOutcome(kept, exercise, 'mistakes/loops-forever.ts', false)).toBeDefined()
  })

  it('forgets every mistake when a test changes', () => {
    record([{ target: 'mistakes/adds.ts', types: false, outcome: outcome('failed') }])
    expect(readRecord(exercise, records)).toBeDefined()
    writeFileSync(path.join(exercise, 'test', 'double.test.ts'), '// changed\n', { flag: 'a' })
    expect(readRecord(exercise, records)).toBe(undefined)
  })

  it('stands in for vitest on a recorded mistake, and vitest runs the rest', async () => {
    // A record that says what vitest would not: proof that it was read, not run.
    const kept = record([{ target: 'mistakes/adds.ts', types: false, outcome: outcome('passed') }])
    const outcomes = await runAllTargets(exercise, {
      timeoutMs: 5_000,
      ...(kept && { record: kept }),
    })
    const [adds, loops] = outcomes.mistakes
    expect(adds).toMatchObject({ recorded: true, outcome: { tests: [{ status: 'passed' }] } })
    expect(loops?.recorded).toBe(undefined)
    expect(loops?.outcome.stop?.reason).toMatch(/time/)
    expect(outcomes.solution.recorded, 'the solution always runs').toBe(undefined)
  })
})
