/**
 * The harness against vitest's rules, on small test files run through the real path: bundled,
 * then run in a child process with the code under test linked from memory, supervised as the
 * proof supervises it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bundleTestFile, UnsupportedTestError } from '../src/bundle.ts'
import { runInChild } from '../src/run.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-harness-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

let count = 0
/**
 * Bundles `test` as test/x.test.ts of a fresh exercise (or each of several files, by name, in
 * order) and runs it against `code` (src/ files).
 */
async function run(
  test: string | Record<string, string>,
  code: Record<string, string> = { 'index.ts': '' },
) {
  const dir = path.join(root, `exercise-${(count += 1)}`)
  mkdirSync(path.join(dir, 'test'), { recursive: true })
  const files = typeof test === 'string' ? { 'x.test.ts': test } : test
  const bundles = []
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, 'test', name), text)
    bundles.push(
      await bundleTestFile(path.join(dir, 'test', name), { resolveDir: dir, name: `test/${name}` }),
    )
  }
  const [outcome] = await runInChild([
    {
      setup: [],
      exercise: { files: bundles, code: { files: code } },
      testTimeoutMs: 300,
    },
  ])
  if (!outcome || outcome.stop)
    throw new Error(`the harness did not finish: ${outcome?.stop?.detail}`)
  const results = Object.fromEntries(outcome.tests.map((test) => [test.name, test.status]))
  const messages = Object.fromEntries(
    outcome.tests.flatMap((test) => (test.message ? [[test.name, test.message]] : [])),
  )
  const errors = outcome.errors.map((error) => error.message)
  return { results, messages, errors }
}

const header = `import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, test, vi } from 'vitest'\n`

describe('collection and verdicts follow vitest', () => {
  it('names tests after their suites, with each, skip, skipIf, runIf, todo and fails', async () => {
    const { results } = await run(
      header +
        `describe('1. outer', () => {
          describe('inner', () => { it('a', () => {}) })
          it.each([[1, 2], [3, 4]])('adds %i and %i', (a, b) => expect(a + 1).toBe(b))
          it.each([{ n: 5 }])('has $n', ({ n }) => expect(n).toBe(5))
          it.${'skip'}('skipped', () => { throw new Error('never') }) // a fixture's skip, for the harness to report
          it.skipIf(true)('skipped if', () => {})
          it.runIf(false)('run if', () => {})
          it.todo('todo')
          it.fails('fails as expected', () => expect(1).toBe(2))
          it.fails('passes, which fails', () => {})
        })
        describe.${'skip'}('2. skipped suite', () => { it('inside', () => {}) })`,
    )
    expect(results).toEqual({
      '1. outer › inner › a': 'passed',
      '1. outer › adds 1 and 2': 'passed',
      '1. outer › adds 3 and 4': 'passed',
      '1. outer › has 5': 'passed',
      '1. outer › skipped': 'skipped',
      '1. outer › skipped if': 'skipped',
      '1. outer › run if': 'skipped',
      '1. outer › todo': 'skipped',
      '1. outer › fails as expected': 'passed',
      '1. outer › passes, which fails': 'failed',
      '2. skipped suite › inside': 'skipped',
    })
  })

  it('runs hooks in vitest order: beforeAll once, beforeEach outer first, afterEach inner first', async () => {
    const { results, messages } = await run(
      header +
        `const order = []
        describe('s', () => {
          beforeAll(() => { order.push('beforeAll') })
          beforeEach(() => { order.push('outer before') })
          afterEach(() => { order.push('outer after') })
          describe('t', () => {
            beforeEach(() => { order.push('inner before'); return () => order.push('cleanup') })
            afterEach(() => { order.push('inner after') })
            it('one', () => { order.push('one') })
            it('two', () => expect(order).toEqual(['beforeAll', 'outer before', 'inner before', 'one', 'cleanup', 'inner after', 'outer after', 'outer before', 'inner before']))
          })
        })`,
    )
    expect(messages).toEqual({})
    expect(results['s › t › two']).toBe('passed')
  })

  it("keeps a file's top-level hooks to that file", async () => {
    const { results, messages } = await run({
      'a.test.ts':
        header + `beforeEach(() => { throw new Error('a hook of a.test.ts') })\nit('a', () => {})`,
      'b.test.ts': header + `it('b', () => {})`,
    })
    expect(results).toEqual({ a: 'failed', b: 'passed' })
    expect(messages.a).toMatch(/a hook of a\.test\.ts/)
  })

  it('fails on expect.assertions, soft failures, unawaited rejections and time-outs', async () => {
    const { results, messages } = await run(
      header +
        `it('counts assertions', () => { expect.assertions(2); expect(1).toBe(1) })
        it('soft', () => { expect.soft(1).toBe(2); expect(1).toBe(1) })
        it('unawaited rejects', () => { expect(Promise.resolve(1)).rejects.toThrow() })
        it('never settles', () => new Promise(() => {}))
        it('waits long enough', () => new Promise((resolve) => setTimeout(resolve, 50)))
        it('fails by hand', () => expect.fail('the message that teaches'))`,
    )
    expect(messages['fails by hand']).toBe('the message that teaches')
    expect(results).toEqual({
      'counts assertions': 'failed',
      soft: 'failed',
      'unawaited rejects': 'failed',
      'never settles': 'failed',
      'waits long enough': 'passed',
      'fails by hand': 'failed',
    })
  })

  it("gives vi's spies and mocks", async () => {
    const { results, messages } = await run(
      header +
        `import { double } from '../src/index.ts'
        it('spies', () => {
          const target = { f: (n) => n + 1 }
          const spy = vi.spyOn(target, 'f')
          target.f(1)
          expect(spy).toHaveBeenCalledWith(1)
          spy.mockReturnValue(10)
          expect(target.f(1)).toBe(10)
          vi.restoreAllMocks()
          expect(target.f(1)).toBe(2)
          const mock = vi.fn(double)
          expect(mock(4)).toBe(8)
          expect(vi.isMockFunction(mock)).toBe(true)
        })`,
      {
        'index.ts': `export { double } from './lib.ts'`,
        'lib.ts': 'export const double = (n: number): number => n * 2',
      },
    )
    expect(messages).toEqual({})
    expect(results.spies).toBe('passed')
  })

  it('evaluates the code under test once per test file, and a missing export fails the file as in vitest', async () => {
    const { results, errors } = await run(
      header + `import { nope } from '../src/index.ts'\nit('x', () => expect(nope).toBe(1))`,
      {
        'index.ts': 'export const yes = 1',
      },
    )
    expect(results).toEqual({})
    expect(errors.join()).toMatch(/does not provide an export named 'nope'/)
  })
})

describe('what the harness does not support is refused when the tests are bundled, by name', () => {
  it.each([
    [`import { bench } from 'vitest'\nbench('x', () => {})`, /vitest's bench is not supported/],
    [`import { vi } from 'vitest'\nvi.useFakeTimers()`, /vi\.useFakeTimers/],
    [`import { it } from 'vitest'\nit.only('x', () => {})`, /it\.only/],
    [`import { describe as d } from 'vitest'\nd.only('x', () => {})`, /describe\.only/],
    [
      `import { expect, it } from 'vitest'\nit('x', () => expect(1).toMatchSnapshot())`,
      /toMatchSnapshot/,
    ],
    [`import * as v from 'vitest'\nv.vi.mock('x')`, /vi\.mock/],
    [`import { expect } from 'vitest'\nexpect.poll(() => 1)`, /expect\.poll/],
  ])('%s', async (test, message) => {
    const dir = path.join(root, `refused-${(count += 1)}`)
    mkdirSync(path.join(dir, 'test'), { recursive: true })
    writeFileSync(path.join(dir, 'test', 'x.test.ts'), test)
    const bundled = bundleTestFile(path.join(dir, 'test', 'x.test.ts'), {
      resolveDir: dir,
      name: 'x',
    })
    await expect(bundled).rejects.toThrow(UnsupportedTestError)
    await expect(bundled).rejects.toThrow(message)
  })
})
