/**
 * From a student's records to grades. What is graded comes from the trusted run (the tests against
 * a stand-in for the student's code, in the same sandbox): its test list, which of them are
 * skipped on this machine, which are hidden. A test the student's run never reported counts as not
 * passed, whatever the reason. Every message and console output of the student's run is bounded
 * and cleaned here, once, before any format sees it (formats/text.ts).
 *
 * Partial credit: an exercise's points are shared equally by its graded tests and a student earns
 * the share of each test that passes, rounded to the cent: 7 of 10 tests on a 15-point exercise
 * earn 10.5. Everything is counted in cents, so totals add up exactly.
 */
import type { PlannedTest, RunStop } from '@iterlings/run'
import { cleanText } from './formats/text.ts'
import type { ExerciseRun } from './sandbox/process.ts'

export type GradedStatus = 'pass' | 'fail' | 'timeout' | 'error' | 'skip'

export interface GradedTest {
  name: string
  status: GradedStatus
  message?: string
  output?: string
  /** From the hidden tests (--hidden): shown to the student as --hidden-feedback says. */
  hidden: boolean
  /** The test's source, for formats that show it. */
  code: string
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
  /** The tests, from the trusted run. */
  plan: PlannedTest[]
}

/** Bundle names of hidden test files start with this. */
export const HIDDEN_PREFIX = 'hidden/'

/** A stop at a time limit is the test's time-out; any other (memory, a crash, a flood) an error. */
const statusOf = (stop: RunStop): GradedStatus =>
  stop.reason === 'time' || stop.reason === 'test-time' ? 'timeout' : 'error'

const toTest = (test: PlannedTest, status: GradedStatus, message?: string): GradedTest => ({
  name: test.name,
  status: test.skip ? 'skip' : status,
  ...(message === undefined || test.skip ? {} : { message: cleanText(message) }),
  hidden: test.file.startsWith(HIDDEN_PREFIX),
  code: test.code,
})

/** Every graded test in error with the same message: the code was refused, did not compile or did not load. */
export function errorGrade(info: ExerciseInfo, message: string): ExerciseGrade {
  return finish(
    info,
    info.plan.map((test) => toTest(test, 'error', message)),
    cleanText(message),
  )
}

export function gradeRun(info: ExerciseInfo, run: ExerciseRun): ExerciseGrade {
  if (run.stopped)
    return errorGrade(info, `your code never finished loading. ${run.stopped.detail}`)
  const compile = run.errors.find((error) => error.file === undefined && !run.plan?.length)
  if (compile) return errorGrade(info, `your code does not compile:\n${compile.message}`)
  const loadErrors = new Map(
    run.errors.filter((error) => error.file).map((error) => [error.file, error.message]),
  )
  if (info.plan.every((test) => test.skip || loadErrors.has(test.file)) && loadErrors.size > 0)
    return errorGrade(
      info,
      `your code threw while the tests were loading it: ${[...loadErrors.values()][0]}`,
    )
  const lastStop = [...run.stops.values()].at(-1)
  const tests = info.plan.map((test): GradedTest => {
    const result = run.results.get(test.name)
    if (result) {
      const graded = toTest(
        test,
        result.status === 'passed' ? 'pass' : result.status === 'failed' ? 'fail' : 'skip',
        result.message,
      )
      return result.output === undefined || test.skip
        ? graded
        : { ...graded, output: cleanText(result.output) }
    }
    const stop = run.stops.get(test.name)
    if (stop) return toTest(test, statusOf(stop), stop.detail)
    const loadError = loadErrors.get(test.file)
    if (loadError !== undefined)
      return toTest(
        test,
        'error',
        `your code threw while this test file was loading it: ${loadError}`,
      )
    return toTest(
      test,
      'error',
      `not run: ${lastStop ? `the exercise was stopped earlier. ${lastStop.detail}` : 'the test did not report a result'}`,
    )
  })
  return finish(info, tests)
}

function finish(info: ExerciseInfo, tests: GradedTest[], message?: string): ExerciseGrade {
  const graded = tests.filter((test) => test.status !== 'skip')
  const passed = graded.filter((test) => test.status === 'pass').length
  const cents =
    graded.length === 0 ? 0 : Math.round((toCents(info.points) * passed) / graded.length)
  return {
    slug: info.slug,
    title: info.title,
    points: info.points,
    earned: cents / 100,
    status: message !== undefined ? 'error' : passed === graded.length ? 'pass' : 'fail',
    ...(message === undefined ? {} : { message }),
    tests,
  }
}

export const toCents = (points: number) => Math.round(points * 100)

/** `cents` shared among `count` parts that add up to it exactly (the first ones get the extra cents). */
export function split(cents: number, count: number): number[] {
  const base = Math.floor(cents / count)
  return Array.from({ length: count }, (_, index) => base + (index < cents - base * count ? 1 : 0))
}

/** The graded tests of an exercise, each with its share of the points and of what was earned, in cents. */
export function testPoints(
  grade: ExerciseGrade,
): Array<GradedTest & { worth: number; earned: number }> {
  const graded = grade.tests.filter((test) => test.status !== 'skip')
  if (graded.length === 0) return []
  const worth = split(toCents(grade.points), graded.length)
  const passed = graded.filter((test) => test.status === 'pass').length
  const earned = passed === 0 ? [] : split(toCents(grade.earned), passed)
  let next = 0
  return graded.map((test, index) => ({
    ...test,
    worth: worth[index] as number,
    earned: test.status === 'pass' ? (earned[next++] as number) : 0,
  }))
}

/** The sum of exercise points, exactly. */
export const sumPoints = (values: number[]) =>
  values.reduce((sum, value) => sum + toCents(value), 0) / 100
