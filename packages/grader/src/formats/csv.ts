/** grades.csv: one row per student, one column per exercise (points earned), then the total. */
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Gradebook } from '../grade.ts'

export function gradesCsv({ exercises, students }: Gradebook): string {
  return stringify([
    ['student', ...exercises.map((exercise) => exercise.slug), 'total'],
    ...students.map(({ student, exercises: grades, total }) => [
      student,
      ...grades.map((grade) => grade.earned),
      total,
    ]),
  ])
}

/** The rows of a grades.csv, header first. */
export function readGradesCsv(text: string): string[][] {
  return parse(text) as string[][]
}

export function writeGradesCsv(rows: string[][]): string {
  return stringify(rows)
}
