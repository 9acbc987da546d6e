/**
 * One exercise's result in the shape of Exercism's test-runner interface, version 2: an overall
 * status (pass, fail, or error when no test could run, with a message), then each test in order
 * with its status, failure message, code and the student's output, cut at Exercism's 500
 * characters with the notice its interface suggests.
 */
import type { ExerciseGrade } from '../score.ts'
import { shownTests, type HiddenFeedback } from './hidden.ts'

export interface ExercismResult {
  version: 2
  status: 'pass' | 'fail' | 'error'
  message: string | null
  tests: Array<{
    name: string
    status: 'pass' | 'fail' | 'error'
    message: string | null
    output: string | null
    test_code: string
  }>
}

export const OUTPUT_LIMIT = 500
export const TRUNCATED = 'Output was truncated. Please limit to 500 chars'

function truncate(output: string): string {
  if (output.length <= OUTPUT_LIMIT) return output
  return `${output.slice(0, OUTPUT_LIMIT - TRUNCATED.length - 1)}\n${TRUNCATED}`
}

/** The body of a test's function, as Exercism shows it: without `() => {` and `}`, dedented. */
export function body(code: string): string {
  const match = /^(?:async\s*)?(?:function\b[^{]*|(?:\([^)]*\)|[\w$]+)\s*=>\s*)\{([\s\S]*)\}$/.exec(
    code.trim(),
  )
  if (!match) return code.trim()
  const lines = (match[1] as string)
    .replace(/^\s*\n/, '')
    .replace(/\s+$/, '')
    .split('\n')
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => /^\s*/.exec(line)?.[0].length ?? 0),
  )
  return lines.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join('\n')
}

export function exercismResult(grade: ExerciseGrade, hidden: HiddenFeedback): ExercismResult {
  return {
    version: 2,
    status: grade.status,
    message: grade.status === 'error' ? (grade.message ?? 'the tests could not run') : null,
    tests: shownTests(grade, hidden)
      .filter((test) => test.status !== 'skip')
      .map((test) => ({
        name: test.name,
        status: test.status === 'pass' ? 'pass' : test.status === 'fail' ? 'fail' : 'error',
        message: test.message ?? null,
        output: test.output ? truncate(test.output) : null,
        test_code: body(test.code),
      })),
  }
}
