/**
 * The gradebook's formats against their real consumers: GitHub Classroom's reporter (its logic
 * reproduced in ./classroom-reporter.ts) run on the payloads the shipped workflow hands it, for a
 * perfect, a starter-only and a partial student on every exercise; Gradescope's per-test scores;
 * Exercism's test code and truncated output.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { harnessRefusal } from '@iterlings/course'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { body, exercismResult, TRUNCATED } from '../src/formats/exercism.ts'
import { grade, type Gradebook } from '../src/grade.ts'
import { writeGradebook } from '../src/output.ts'
import type { ExerciseGrade } from '../src/score.ts'
import { listSubmissions } from '../src/submissions.ts'
import { runReporter } from './classroom-reporter.ts'
import { course } from './class.ts'

const root = mkdtempSync(path.join(tmpdir(), 'iterlings-formats-'))
const submissions = path.join(root, 'submissions')
const out = path.join(root, 'gradebook')
// Exercises this Node can grade (course.json's harnessNode): the others are refused, not graded.
const exercises = course.exercises.filter(
  (exercise) => existsSync(path.join(exercise.dir, 'solution')) && !harnessRefusal(exercise),
)
const maxPoints = exercises.reduce((sum, exercise) => sum + exercise.points, 0)
/** Linux refuses any single environment string longer than this (MAX_ARG_STRLEN). */
const ENV_STRING_LIMIT = 128 * 1024

let book: Gradebook

/** A student whose every exercise is the first known mistake: partial credit everywhere. */
function writePartial(src: string, exerciseDir: string): void {
  const [mistake] = readdirSync(path.join(exerciseDir, 'mistakes'))
    .filter((file) => file.endsWith('.ts'))
    .sort()
  cpSync(path.join(exerciseDir, 'solution'), path.join(src, 'solution'), { recursive: true })
  const code = readFileSync(path.join(exerciseDir, 'mistakes', mistake as string), 'utf8')
  writeFileSync(path.join(src, 'index.ts'), code.replaceAll('../solution/', './solution/'))
}

beforeAll(async () => {
  for (const exercise of exercises) {
    const src = (student: string) =>
      path.join(submissions, student, 'exercises', exercise.slug, 'src')
    cpSync(path.join(exercise.dir, 'solution'), src('perfect'), { recursive: true })
    cpSync(path.join(exercise.dir, 'src'), src('starter'), { recursive: true })
    writePartial(src('partial'), exercise.dir)
  }
  book = await grade({
    course,
    exercises,
    submissions: listSubmissions(submissions),
    testTimeoutMs: 5000,
    memoryMb: 256,
    jobs: 2,
  })
  writeGradebook(out, book, course.title, ['gradescope', 'classroom'])
}, 600_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

const total = (name: string) => book.students.find((student) => student.student === name)?.total

/** What the workflow's grading step puts in the environment: each runner's file, base64. */
function classroomEnv(student: string) {
  const dir = path.join(out, student, 'classroom')
  const runners = readFileSync(path.join(dir, 'runners'), 'utf8')
  const env: Record<string, string> = {}
  for (const runner of runners.split(','))
    env[`${runner.toUpperCase()}_RESULTS`] = readFileSync(
      path.join(dir, `${runner}.json`),
    ).toString('base64')
  return { runners, env }
}

describe("GitHub Classroom's reporter on the payloads", () => {
  it('the class is what it should be: perfect, partial, starter', () => {
    expect(total('perfect')).toBe(maxPoints)
    expect(total('starter')).toBe(0)
    expect(total('partial')).toBeGreaterThan(0)
    expect(total('partial')).toBeLessThan(maxPoints)
  })

  it.each(['perfect', 'starter', 'partial'])(
    '%s: every environment string is far below 128 KiB',
    (student) => {
      const { env } = classroomEnv(student)
      const sizes = Object.entries(env).map(([name, value]) => `${name}=${value}`.length)
      const largest = Math.max(...sizes)
      const all = sizes.reduce((sum, size) => sum + size, 0)
      console.log(
        `${student}: largest environment string ${largest} B, all ${sizes.length} together ${all} B`,
      )
      expect(largest).toBeLessThan(ENV_STRING_LIMIT / 4)
    },
  )

  it.each(['perfect', 'starter', 'partial'])(
    "%s: the reporter's points are exactly the gradebook's total",
    (student) => {
      const { runners, env } = classroomEnv(student)
      const reported = runReporter(runners, env)
      expect(reported.notices[0]).toBe(`Points ${total(student)}/${maxPoints}`)
      expect(JSON.parse(reported.notices[1] as string)).toEqual({
        totalPoints: total(student),
        maxPoints,
      })
      expect(reported.console.join('\n')).not.toContain('line undefined')
      expect(reported.failed).toBe(student === 'perfect' ? undefined : 'Some tests failed.')
    },
  )

  it("prints each exercise's points as the gradebook counts them, in parts for a long one", () => {
    const { runners, env } = classroomEnv('perfect')
    const lines = runReporter(runners, env).console
    for (const exercise of exercises) {
      const parts = lines
        .map((line) =>
          new RegExp(
            `^Total points for exercise${exercise.slug.slice(0, 2)}(?:part\\d+)?: ([\\d.]+)/([\\d.]+)$`,
          ).exec(line),
        )
        .filter((match) => match !== null)
      expect(parts.length, exercise.slug).toBeGreaterThan(0)
      for (const [, score, max] of parts) expect(score).toBe(Number(max).toFixed(2))
      const points = parts.reduce((sum, [, , max]) => sum + Number(max) * 100, 0) / 100
      expect(points, exercise.slug).toBeCloseTo(exercise.points, 2)
    }
  })
})

describe("Gradescope's results.json", () => {
  it.each(['perfect', 'partial'])(
    '%s: per-test scores add up to the score, and the maxima to the points',
    (student) => {
      const result = JSON.parse(readFileSync(path.join(out, student, 'results.json'), 'utf8')) as {
        score: number
        tests: Array<{ score: number; max_score: number }>
      }
      const cents = (values: number[]) =>
        values.reduce((sum, value) => sum + Math.round(value * 100), 0)
      expect(cents(result.tests.map((test) => test.score))).toBe(Math.round(result.score * 100))
      expect(cents(result.tests.map((test) => test.max_score))).toBe(maxPoints * 100)
    },
  )
})

describe("Exercism's results", () => {
  it('carry the code of each test', () => {
    const result = JSON.parse(
      readFileSync(path.join(out, 'partial', 'results', `${exercises[0]?.slug}.json`), 'utf8'),
    ) as { tests: Array<{ test_code: string }> }
    expect(result.tests.every((test) => test.test_code.includes('expect('))).toBe(true)
    expect(result.tests[0]?.test_code).not.toMatch(/^\(\) =>/)
  })

  it('cut long output at 500 characters with the notice the interface gives', () => {
    const grade: ExerciseGrade = {
      slug: 'x',
      title: 'x',
      points: 1,
      earned: 1,
      status: 'pass',
      tests: [
        { name: 't', status: 'pass', output: 'y'.repeat(2000), hidden: false, code: '() => {}' },
      ],
    }
    const output = exercismResult(grade, 'none').tests[0]?.output as string
    expect(output.length).toBeLessThanOrEqual(500)
    expect(output.endsWith(TRUNCATED)).toBe(true)
  })

  it('show the body of a test function, dedented', () => {
    expect(body('() => {\n    expect(1).toBe(1)\n    expect(2).toBe(2)\n  }')).toBe(
      'expect(1).toBe(1)\nexpect(2).toBe(2)',
    )
    expect(body('async function () { await x() }')).toBe(' await x()'.trim())
  })
})
