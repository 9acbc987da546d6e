/** grades.csv: one row per student, one column per exercise (points earned), then the total. */
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Gradebook } from '../grade.ts'

/**
 * A cell a spreadsheet would take for a formula (OWASP's CSV injection list) gets a leading
 * apostrophe, which spreadsheets show as text. Numbers are written as numbers.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

export function gradesCsv({ exercises, students }: Gradebook): string {
  return writeGradesCsv([
    ['student', ...exercises.map((exercise) => exercise.slug), 'total'],
    ...students.map(({ student, exercises: grades, total }) => [
      student,
      ...grades.map((grade) => String(grade.earned)),
      String(total),
    ]),
  ])
}

/** The rows of a grades.csv, header first, as written (a neutralised id keeps its apostrophe). */
export function readGradesCsv(text: string): string[][] {
  return parse(text) as string[][]
}

export function writeGradesCsv(rows: string[][]): string {
  const [header = [], ...body] = rows
  return stringify([
    header,
    ...body.map(([student = '', ...rest]) => [
      student.startsWith("'") ? student : neutralise(student),
      ...rest,
    ]),
  ])
}
