/**
 * One exercise's result in the shape of Exercism's test-runner interface, version 2: an overall
 * status (pass, fail, or error when no test could run, with a message), then each test in order
 * with its status, failure message and (at most 500 characters of) console output.
 */
import type { ExerciseGrade } from '../score.ts'

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

const OUTPUT_LIMIT = 500

export function exercismResult(grade: ExerciseGrade): ExercismResult {
  return {
    version: 2,
    status: grade.status,
    message: grade.status === 'error' ? (grade.message ?? 'the tests could not run') : null,
    tests: grade.tests
      .filter((test) => test.status !== 'skip')
      .map((test) => ({
        name: test.name,
        status: test.status === 'pass' ? 'pass' : test.status === 'fail' ? 'fail' : 'error',
        message: test.message ?? null,
        output: test.output ? test.output.slice(0, OUTPUT_LIMIT) : null,
        // The tests are the course's own files; naming the test is enough to find it.
        test_code: '',
      })),
  }
}
