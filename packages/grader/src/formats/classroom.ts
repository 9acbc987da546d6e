/**
 * The result GitHub Classroom's autograding reporter reads (base64 of this JSON, in
 * `<RUNNER>_RESULTS`): every test with its share of the points, so Classroom records partial credit.
 */
import type { StudentGrade } from '../grade.ts'
import { testPoints } from '../score.ts'

export interface ClassroomResult {
  version: 1
  status: 'pass' | 'fail' | 'error'
  max_score: number
  tests: Array<{ name: string; status: 'pass' | 'fail' | 'error'; score: number; message: string }>
}

export function classroomResult(student: StudentGrade): ClassroomResult {
  const tests = student.exercises.flatMap((grade) =>
    testPoints(grade).map((test) => ({
      name: `${grade.slug} › ${test.name}`,
      status: test.status === 'pass' || test.status === 'fail' ? test.status : ('error' as const),
      score: test.earned,
      message: test.message ?? '',
    })),
  )
  const statuses = student.exercises.map((grade) => grade.status)
  return {
    version: 1,
    status: statuses.every((status) => status === 'pass')
      ? 'pass'
      : statuses.every((status) => status === 'error')
        ? 'error'
        : 'fail',
    max_score: student.exercises.reduce((sum, grade) => sum + grade.points, 0),
    tests,
  }
}
