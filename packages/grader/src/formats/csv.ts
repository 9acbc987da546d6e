/**
 * grades.csv: one row per student, one column per exercise (points earned), then the total. Every
 * text cell is quoted (so no `;` or `|` can split it for a spreadsheet that splits on those), ids
 * are shown as the log shows them and made text where a spreadsheet would take them for formulas
 * (see text.ts); numbers are written as numbers.
 */
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import type { Gradebook } from '../grade.ts'
import { csvText, shownId } from './text.ts'

export interface CsvRow {
  student: string
  /** The points of each exercise, then the total. */
  points: number[]
}

/** A student's cell, as grades.csv writes it. */
export const studentCell = (student: string) => csvText(shownId(student))

export function gradesCsv({ exercises, students }: Gradebook): string {
  return writeGradesCsv(
    exercises.map((exercise) => exercise.slug),
    students.map(({ student, exercises: grades, total }) => ({
      student,
      points: [...grades.map((grade) => grade.earned), total],
    })),
  )
}

export function writeGradesCsv(slugs: string[], rows: CsvRow[]): string {
  return stringify(
    [
      ['student', ...slugs, 'total'],
      ...rows.map(({ student, points }) => [studentCell(student), ...points]),
    ],
    { quoted_string: true },
  )
}

/** The rows of a grades.csv, header first, every cell as written. */
export function readGradesCsv(text: string): string[][] {
  return parse(text) as string[][]
}
