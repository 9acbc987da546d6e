/**
 * Time limits, watched from outside with a short default test limit: one endless test costs one
 * test's limit (the rest of the exercise still counts), and tests that each stop just short of
 * their limit cannot hold the grader beyond the exercise's cap.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { grade, type Gradebook } from '../src/grade.ts'
import { listSubmissions } from '../src/submissions.ts'
import { attack, course, exercise } from './class.ts'

const TEST_LIMIT_MS = 500
const root = mkdtempSync(path.join(tmpdir(), 'iterlings-limits-'))
const submissions = path.join(root, 'submissions')
let book: Gradebook
const exerciseOf = (name: string) =>
  book.students.find((student) => student.student === name)?.exercises[0]

beforeAll(async () => {
  attack(submissions, 'next never ends', 'export function next() { for (;;) {} }', 'solution')
  attack(
    submissions,
    'every call just short of the limit',
    `export function iter(iterable) {
      const until = Date.now() + ${TEST_LIMIT_MS * 0.9}
      while (Date.now() < until) {}
      return iterable[Symbol.iterator]()
    }`,
  )
  book = await grade({
    course,
    exercises: [exercise],
    submissions: listSubmissions(submissions),
    testTimeoutMs: TEST_LIMIT_MS,
    memoryMb: 128,
    jobs: 2,
  })
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('time limits', () => {
  it('an endless next() costs a few tests their limit; every other test still counts', () => {
    const graded = exerciseOf('next never ends')
    const timedOut = graded?.tests.filter((test) => test.status === 'timeout') ?? []
    expect(timedOut.length).toBeGreaterThan(0)
    expect(timedOut.length).toBeLessThanOrEqual(3)
    expect(graded?.tests.filter((test) => test.status === 'pass').length).toBeGreaterThan(10)
  })

  it('tests that each stop just short of their limit are cut at the exercise cap', () => {
    const graded = exerciseOf('every call just short of the limit')
    expect(
      graded?.tests.some((test) => /in all, so the rest were not run/.test(test.message ?? '')),
    ).toBe(true)
    // 42 tests at 0.45 s would take 19 s; the cap is 12 test limits (6 s): it fired, so the rest
    // of the tests were never run.
    expect(graded?.tests.at(-1)?.status).not.toBe('pass')
  })
})
