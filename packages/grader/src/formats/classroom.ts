/**
 * What GitHub Classroom's autograding reporter (classroom-resources/autograding-grading-reporter)
 * reads: for each runner id, base64 JSON of version 1 in `<ID>_RESULTS`. One runner per exercise,
 * or per part of an exercise with many tests, keeps each payload small however the course grows
 * (one environment string may hold at most 128 KiB on Linux): each test is one entry with its
 * share of the points, no message unless it could not run. The reporter adds up the scores and the
 * maxima as floating-point numbers; each is chosen so that every partial sum is the nearest number
 * to the exact total in cents, so the reported points are exact.
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
/** The JSON of one payload stays under this: 27 KB as base64, far below the 128 KiB. */
const PART_BYTES = 20_000

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
  const scores = { exact: 0, reported: 0 }
  const maxima = { exact: 0, reported: 0 }
  for (const grade of student.exercises) {
    const points = testPoints(grade)
    const shown = shownTests(grade, hidden).filter((test) => test.status !== 'skip')
    // shownTests keeps the graded tests' order for visible ones and puts hidden ones last; scores
    // follow the same order (what hidden tests earned is shared by those shown as passed).
    const visible = points.filter((test) => !test.hidden)
    const hiddenWorth = points.filter((test) => test.hidden).map((test) => test.worth)
    const hiddenPassed = points
      .filter((test) => test.hidden && test.status === 'pass')
      .map((test) => test.earned)
    let visibleIndex = 0
    let hiddenIndex = 0
    let passedIndex = 0
    const tests = shown.map((test): ClassroomTest & { worth: number } => {
      const worth = (test.hidden ? hiddenWorth[hiddenIndex++] : visible[visibleIndex]?.worth) ?? 0
      const cents = test.hidden
        ? test.status === 'pass'
          ? (hiddenPassed[passedIndex++] ?? 0)
          : 0
        : (visible[visibleIndex++]?.earned ?? 0)
      const status = test.status === 'pass' ? 'pass' : test.status === 'fail' ? 'fail' : 'error'
      return {
        name: short(test.name, NAME_LIMIT),
        status,
        score: exactStep(scores, cents),
        line_no: 0,
        ...(status === 'error'
          ? { message: short(test.message ?? grade.message ?? '', MESSAGE_LIMIT) }
          : {}),
        worth,
      }
    })
    const parts = inParts(tests)
    parts.forEach((part, index) => {
      const id = runnerId(grade.slug) + (parts.length > 1 ? `part${index + 1}` : '')
      results.set(id, {
        version: 1,
        status:
          grade.status === 'error'
            ? 'error'
            : part.every((test) => test.status === 'pass')
              ? 'pass'
              : 'fail',
        max_score: exactStep(
          maxima,
          part.reduce((sum, test) => sum + test.worth, 0),
        ),
        tests: part.map(({ worth: _, ...test }) => test),
      })
    })
  }
  return results
}

/** The tests in payloads of at most PART_BYTES of JSON each (at least one test each). */
function inParts<T>(tests: T[]): T[][] {
  const parts: T[][] = [[]]
  let bytes = 0
  for (const test of tests) {
    const size = JSON.stringify(test).length + 1
    const current = parts.at(-1) as T[]
    if (current.length > 0 && bytes + size > PART_BYTES) {
      parts.push([test])
      bytes = size
    } else {
      current.push(test)
      bytes += size
    }
  }
  return parts
}

/**
 * Adds `cents` to a running sum, exact in cents and as the reporter adds floats: the step that
 * takes the float sum exactly to the new total (or as near as floats allow).
 */
function exactStep(sum: { exact: number; reported: number }, cents: number): number {
  sum.exact += cents
  const to = sum.exact / 100
  const step = to - sum.reported
  const value = sum.reported + step === to ? step : Math.round(step * 100) / 100
  sum.reported += value
  return value
}
