/**
 * collected.csv: what collect found for each student, the input that adds the `commit`, `late` and
 * `note` columns to the grader's grades.csv. One row per student, keyed by `student` as the
 * grader names the submission.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

export interface Collected {
  /** The GitHub username: the submission's folder and the gradebook's row. */
  student: string
  /** `<org>/<repository>`, or empty when there is none. */
  repository: string
  /** The commit graded: the one on the default branch at the deadline; empty when there is none. */
  commit: string
  /** How many commits the branch has today that the graded commit's history lacks. */
  late: string
  /** Why the row is not plain: no repository, empty, clone failed, history rewritten… */
  note: string
}

export const COLLECTED_FILE = 'collected.csv'
export const SUBMISSIONS_DIR = 'submissions'
const COLUMNS = ['student', 'repository', 'commit', 'late', 'note'] as const
type Column = (typeof COLUMNS)[number]
/** The columns collect adds to the gradebook, after the grader's own. */
export const ADDED_COLUMNS = ['commit', 'late', 'note'] as const

export function writeCollected(file: string, rows: Collected[]): void {
  writeFileSync(file, stringify([[...COLUMNS], ...rows.map((row) => COLUMNS.map((c) => row[c]))]))
}

export function readCollected(file: string): Collected[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`${file}: not found; pass the folder that collect wrote (--out of collect)`)
  }
  const [header, ...rows] = parse(text) as string[][]
  if (header?.join() !== COLUMNS.join())
    throw new Error(
      `${file}: expected the columns ${COLUMNS.join(', ')}; was it written by collect?`,
    )
  return rows.map(
    (row) => Object.fromEntries(COLUMNS.map((c, i) => [c, row[i] ?? ''])) as Record<Column, string>,
  )
}

/**
 * Appends `commit`, `late` and `note` to the gradebook's grades.csv, one row per student. Every
 * graded student must have been collected and every collected student graded: a part missing
 * from a merge, or a gradebook of another class, is an error, never a row left blank.
 */
export function annotateGradebook(gradebookDir: string, collected: Collected[]): void {
  const file = path.join(gradebookDir, 'grades.csv')
  const [header, ...rows] = parse(readFileSync(file, 'utf8')) as string[][]
  if (!header) throw new Error(`${file} is empty`)
  if (ADDED_COLUMNS.some((column) => header.includes(column)))
    throw new Error(`${file} already has the columns ${ADDED_COLUMNS.join(', ')}`)
  const byStudent = new Map(collected.map((row) => [row.student, row]))
  const graded = new Set(rows.map((row) => row[0]))
  const ungraded = collected.map((row) => row.student).filter((student) => !graded.has(student))
  if (ungraded.length > 0)
    throw new Error(
      `${ungraded.length} collected students are not in ${file} (${ungraded.slice(0, 5).join(', ')}${ungraded.length > 5 ? ', …' : ''}); merge every part of the class`,
    )
  const annotated = rows.map((row) => {
    const found = byStudent.get(row[0] as string)
    if (!found) throw new Error(`student "${row[0]}" of ${file} was not collected`)
    return [...row, ...ADDED_COLUMNS.map((column) => found[column])]
  })
  const fresh = `${file}.new-${process.pid}`
  writeFileSync(fresh, stringify([[...header, ...ADDED_COLUMNS], ...annotated]))
  renameSync(fresh, file)
}
