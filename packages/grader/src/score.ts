/**
 * From raw runs to grades. The test list comes from a run of the tests against a stub that stands
 * in for the student's code, so a student cannot change what is counted (a test that never reported counts as not passed).
 *
 * Partial credit: an exercise's points are shared equally by its graded tests (skipped ones, e.g.
 * tests for a Node feature the machine lacks, are not graded), and a student earns the share of each
 * test that passes, rounded to two decimals. 7 of 10 tests on a 15-point exercise earn 10.5.
 */
import type { RunOutcome, Stop, TestResult } from './sandbox.ts'

export type GradedStatus = 'pass' | 'fail' | 'timeout' | 'error' | 'skip'

export interface GradedTest {
  name: string
  status: GradedStatus
  message?: string
  output?: string
}

export interface ExerciseGrade {
  slug: string
  title: string
  points: number
  earned: number
  /** pass: every graded test passed; fail: some did not; error: none could run (see message). */
  status: 'pass' | 'fail' | 'error'
  message?: string
  tests: GradedTest[]
}

export interface ExerciseInfo {
  slug: string
  title: string
  points: number
  /** The test names, from the trusted run. */
  plan: string[]
}

export const HINTS: Record<Stop, string> = {
  timeout:
    'A test that never finishes usually means a loop that never ends: a `while` whose condition never changes, ' +
    'an iterator whose next() never returns `{ done: true }`, reading an infinite source to its end ' +
    '(spread, Array.from, a for...of without break), or awaiting a promise that never settles.',
  memory:
    'Running out of memory usually means a loop that keeps adding values, e.g. collecting an infinite iterator into an array.',
  exit: 'The test process stopped in the middle of this test: does your code call process.exit(), or recurse without end?',
  flood: 'The test process wrote far more than the tests produce and was stopped.',
}

/** Every test in error with the same message: the code did not compile, was not submitted, or did not load. */
export function errorGrade(info: ExerciseInfo, message: string): ExerciseGrade {
  return {
    ...base(info),
    earned: 0,
    status: 'error',
    message,
    tests: info.plan.map((name) => ({ name, status: 'error', message })),
  }
}

export function gradeRuns(info: ExerciseInfo, runs: RunOutcome[]): ExerciseGrade {
  const first = runs[0]
  if (first?.loadError !== undefined)
    return errorGrade(info, `your code threw while the tests were loading it: ${first.loadError}`)
  if (first && !first.plan) {
    const stop = first.stop
    return errorGrade(
      info,
      `the tests could not start: ${stop ? `${stop.detail}. ${HINTS[stop.reason]}` : 'no results'}`,
    )
  }
  const results = new Map<number, TestResult>()
  const stops = new Map<number, NonNullable<RunOutcome['stop']>>()
  let lastStop: RunOutcome['stop']
  for (const run of runs) {
    for (const [index, result] of run.results) results.set(index, result)
    if (run.stop?.during !== undefined) stops.set(run.stop.during, run.stop)
    lastStop = run.stop ?? lastStop
  }
  const tests = info.plan.map((name, index): GradedTest => {
    const reported = runs.every((run) => !run.plan || run.plan[index] === name)
      ? results.get(index)
      : undefined
    if (reported) {
      return {
        name,
        status: reported.status,
        ...(reported.message === undefined ? {} : { message: reported.message }),
        ...(reported.output === undefined ? {} : { output: reported.output }),
      }
    }
    const stop = stops.get(index)
    if (stop)
      return {
        name,
        status: stop.reason === 'timeout' ? 'timeout' : 'error',
        message: `${stop.detail}. ${HINTS[stop.reason]}`,
      }
    return {
      name,
      status: 'error',
      message: `not run: ${lastStop ? `the exercise was stopped earlier (${lastStop.detail})` : 'the test did not report a result'}`,
    }
  })
  const graded = tests.filter((test) => test.status !== 'skip')
  const passed = graded.filter((test) => test.status === 'pass').length
  return {
    ...base(info),
    earned: graded.length === 0 ? 0 : round((info.points * passed) / graded.length),
    status: passed === graded.length ? 'pass' : 'fail',
    tests,
  }
}

/** The graded tests of an exercise, each with the points it is worth and earned. */
export function testPoints(
  grade: ExerciseGrade,
): Array<GradedTest & { worth: number; earned: number }> {
  const graded = grade.tests.filter((test) => test.status !== 'skip')
  const worth = graded.length === 0 ? 0 : grade.points / graded.length
  return graded.map((test) => ({ ...test, worth, earned: test.status === 'pass' ? worth : 0 }))
}

function base({ slug, title, points }: ExerciseInfo) {
  return { slug, title, points }
}

const round = (value: number) => Math.round(value * 100) / 100
