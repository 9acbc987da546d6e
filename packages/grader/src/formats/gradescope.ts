/**
 * Gradescope's results.json for one student: the total as `score`, and one entry per test with
 * its share of the exercise's points and, as output, its teaching message.
 */
import type { StudentGrade } from '../grade.ts'
import { testPoints } from '../score.ts'

export interface GradescopeResult {
  score: number
  output: string
  tests: Array<{
    name: string
    number: string
    score: number
    max_score: number
    status: 'passed' | 'failed'
    output: string
    visibility: 'visible'
  }>
}

const round = (value: number) => Math.round(value * 10_000) / 10_000

export function gradescopeResult(student: StudentGrade): GradescopeResult {
  return {
    score: student.total,
    output: student.exercises
      .map((grade) => `${grade.slug}: ${grade.earned} / ${grade.points}`)
      .join('\n'),
    tests: student.exercises.flatMap((grade) =>
      testPoints(grade).map((test, index) => ({
        name: `${grade.title} › ${test.name}`,
        number: `${grade.slug.slice(0, 2)}.${index + 1}`,
        score: round(test.earned),
        max_score: round(test.worth),
        status: test.status === 'pass' ? ('passed' as const) : ('failed' as const),
        output: test.message ?? '',
        visibility: 'visible' as const,
      })),
    ),
  }
}
