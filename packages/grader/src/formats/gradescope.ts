/**
 * Gradescope's results.json for one student: the total as `score`, and one entry per test with its
 * share of the exercise's points; the shares of an exercise add up to its points and the scores to
 * what it earned, to the cent. Hidden tests carry Gradescope's own visibility: `hidden` (never
 * shown to students) by default, `after_published` when --hidden-feedback shows them.
 */
import type { StudentGrade } from '../grade.ts'
import { testPoints } from '../score.ts'
import type { HiddenFeedback } from './hidden.ts'

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
    visibility: 'visible' | 'hidden' | 'after_published'
  }>
}

export function gradescopeResult(student: StudentGrade, hidden: HiddenFeedback): GradescopeResult {
  return {
    score: student.total,
    output: [
      ...(student.problem ? [`Your submission was refused: ${student.problem}`] : []),
      ...student.exercises.map((grade) => `${grade.slug}: ${grade.earned} / ${grade.points}`),
    ].join('\n'),
    tests: student.exercises.flatMap((grade) =>
      testPoints(grade).map((test, index) => ({
        name: `${grade.title} › ${test.name}`,
        number: `${grade.slug.slice(0, 2)}.${index + 1}`,
        score: test.earned / 100,
        max_score: test.worth / 100,
        status: test.status === 'pass' ? ('passed' as const) : ('failed' as const),
        output: test.hidden && hidden === 'names' ? '' : (test.message ?? ''),
        visibility: !test.hidden ? 'visible' : hidden === 'none' ? 'hidden' : 'after_published',
      })),
    ),
  }
}
