/**
 * What GitHub Classroom's autograding reporter (classroom-resources/autograding-grading-reporter)
 * reads: for each runner id, base64 JSON of version 1 in `<ID>_RESULTS`. One runner per exercise
 * keeps each payload small (one environment string may hold at most 128 KiB on Linux): each test
 * is one entry with its share of the points, no message unless it could not run. The reporter adds
 * up the scores of every entry as floating-point numbers; each score is chosen so that every
 * partial sum is the nearest number to the exact total in cents, so the reported points are exact.
 */
import type { StudentGrade } from '../grade.ts'
import { testPoints } from '../score.ts'
import { shownTests, type HiddenFeedback } from './hidden.ts'

/** The fields the reporter reads; line_no 0 keeps it from printing "- line undefined". */
export interface ClassroomTest {
  name: string
  status: 'pass' | 'fail' | 'error'
  score: number
  line_no: 0
  /** Printed only for an error (the reporter shows no message for a failure). */
  message?: string
}

export interface ClassroomResult {
  version: 1
  status: 'pass' | 'fail' | 'error'
  max_score: number
  tests: ClassroomTest[]
}

const MESSAGE_LIMIT = 200
const NAME_LIMIT = 150

/** The runner id of an exercise: letters and digits only, as the reporter's `runners` input needs. */
export function runnerId(slug: string): string {
  const number = /^(\d+)/.exec(slug)?.[1]
  return number ? `exercise${number}` : slug.replace(/[^a-zA-Z0-9]/g, '')
}

const short = (text: string, limit: number) => {
  const line = text.split(/\r?\n|\r/)[0] ?? ''
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line
}

/** Each exercise's payload, by runner id, in the order the reporter is given them. */
export function classroomResults(
  student: StudentGrade,
  hidden: HiddenFeedback,
): Map<string, ClassroomResult> {
  const results = new Map<string, ClassroomResult>()
  let exact = 0
  let reported = 0
  for (const grade of student.exercises) {
    const points = testPoints(grade)
    const shown = shownTests(grade, hidden).filter((test) => test.status !== 'skip')
    // shownTests keeps the graded tests' order for visible ones and puts hidden ones last; scores
    // follow the same order (what hidden tests earned is shared by those shown as passed).
    const visibleCents = points.filter((test) => !test.hidden).map((test) => test.earned)
    const hiddenPassed = points
      .filter((test) => test.hidden && test.status === 'pass')
      .map((test) => test.earned)
    let visibleIndex = 0
    let hiddenIndex = 0
    const tests = shown.map((test): ClassroomTest => {
      const cents = test.hidden
        ? test.status === 'pass'
          ? (hiddenPassed[hiddenIndex++] ?? 0)
          : 0
        : (visibleCents[visibleIndex++] ?? 0)
      exact += cents
      const score = exactStep(reported, exact / 100)
      reported += score
      const status = test.status === 'pass' ? 'pass' : test.status === 'fail' ? 'fail' : 'error'
      return {
        name: short(test.name, NAME_LIMIT),
        status,
        score,
        line_no: 0,
        ...(status === 'error'
          ? { message: short(test.message ?? grade.message ?? '', MESSAGE_LIMIT) }
          : {}),
      }
    })
    results.set(runnerId(grade.slug), {
      version: 1,
      status: grade.status,
      max_score: grade.points,
      tests,
    })
  }
  return results
}

/** A step that takes the running float sum `from` exactly to `to` (or as near as floats allow). */
function exactStep(from: number, to: number): number {
  const step = to - from
  return from + step === to ? step : Math.round(step * 100) / 100
}
