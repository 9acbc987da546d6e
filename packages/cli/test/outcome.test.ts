/** The first failure is the lowest failing task's, whatever order the test files ran in. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { firstFailure, isDone, withLines, type TestOutcome } from '../src/outcome.ts'
import { byTaskOrder, placeOfTest } from '@iterlings/course/ledger'

const failed = (name: string): TestOutcome => ({ name, ...placeOfTest(name), status: 'failed' })
const passed = (name: string): TestOutcome => ({ name, ...placeOfTest(name), status: 'passed' })
const outcomeOf = (tests: TestOutcome[]) => ({
  tests: byTaskOrder(tests),
  errors: [],
  durationMs: 1,
})

describe('the first failure', () => {
  it.each([
    ['today’s names', ['12. cycle › repeats', '3. take › yields n', '9. enumerate › counts']],
    [
      'rule ids',
      ['12. cycle › 12.1 repeats', '3. take › 3.2 yields n', '9. enumerate › 9.1 counts'],
    ],
  ])('is in the lowest failing task, with %s, in any file order', (_, names) => {
    for (const order of [names, [...names].reverse(), [names[1], names[2], names[0]]]) {
      const failure = firstFailure(outcomeOf(order.map((name) => failed(name as string))))
      expect(failure?.kind === 'test' && failure.test.task).toBe(3)
    }
  })

  it('follows the rules inside a task', () => {
    const failure = firstFailure(outcomeOf([failed('3. take › 3.4 b'), failed('3. take › 3.2 a')]))
    expect(failure?.kind === 'test' && failure.test.rules).toEqual(['3.2'])
  })

  it('is an error outside the tests before any test', () => {
    const failure = firstFailure({
      tests: [failed('1. a › x')],
      errors: [{ message: 'syntax error', file: 'test/a.test.ts' }],
      durationMs: 1,
    })
    expect(failure).toMatchObject({ kind: 'error', error: { file: 'test/a.test.ts' } })
  })

  it('is done only when all pass and some ran', () => {
    const outcome = outcomeOf([passed('2. b › x'), failed('1. a › y'), passed('1. a › z')])
    expect(isDone(outcome)).toBe(false)
    expect(isDone(outcomeOf([passed('1. a › z')]))).toBe(true)
    expect(isDone(outcomeOf([]))).toBe(false)
  })

  it('reads in the line each failure points at', () => {
    const where = { file: fileURLToPath(import.meta.url), line: 1, column: 1 }
    const outcome = withLines({
      tests: [{ ...failed('1. a › b'), where }],
      errors: [{ message: 'x', where: { ...where, file: '/no/such/file.ts' } }],
      durationMs: 1,
    })
    expect(outcome.tests[0]?.where).toEqual({
      ...where,
      text: readFileSync(where.file, 'utf8').split('\n')[0],
    })
    expect(outcome.errors[0]?.where, 'a file that is gone has no line').not.toHaveProperty('text')
  })
})
