/**
 * What a student learns of the hidden tests (--hidden-feedback): `none` (the default) tells how
 * many passed and what they earned, nothing about any one of them; `names` adds each test's name
 * and verdict; `full` shows them like the course's own tests, messages included.
 */
import { testPoints, type ExerciseGrade, type GradedTest } from '../score.ts'

export const HIDDEN_FEEDBACK = ['none', 'names', 'full'] as const
export type HiddenFeedback = (typeof HIDDEN_FEEDBACK)[number]

/** The tests a student may see, in order: hidden ones as `mode` allows (anonymous for `none`). */
export function shownTests(grade: ExerciseGrade, mode: HiddenFeedback): GradedTest[] {
  const visible = grade.tests.filter((test) => !test.hidden)
  const hidden = grade.tests.filter((test) => test.hidden)
  if (mode === 'full') return grade.tests
  if (mode === 'names')
    return [
      ...visible,
      ...hidden.map(({ name, status, hidden }) => ({ name, status, hidden, code: '' })),
    ]
  // Passed first, so not even the order tells which one failed.
  const graded = hidden.filter((test) => test.status !== 'skip')
  const passed = graded.filter((test) => test.status === 'pass')
  return [
    ...visible,
    ...[...passed, ...graded.filter((test) => test.status !== 'pass')].map((test, index) => ({
      name: `hidden test ${index + 1} of ${graded.length}`,
      status: test.status === 'pass' ? ('pass' as const) : ('fail' as const),
      hidden: true,
      code: '',
    })),
  ]
}

/** How the hidden tests of an exercise went: counts and points, which every mode may show. */
export function hiddenSummary(
  grade: ExerciseGrade,
): { passed: number; total: number; earned: number; worth: number } | undefined {
  const hidden = testPoints(grade).filter((test) => test.hidden)
  if (hidden.length === 0) return undefined
  return {
    passed: hidden.filter((test) => test.status === 'pass').length,
    total: hidden.length,
    earned: hidden.reduce((sum, test) => sum + test.earned, 0) / 100,
    worth: hidden.reduce((sum, test) => sum + test.worth, 0) / 100,
  }
}
