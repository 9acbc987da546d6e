/**
 * What one run of an exercise's tests says: @iterlings/run's outcome, the shape every runner of
 * the course shares, with the line each failure points at read in (results are trusted only while
 * the files are unchanged, so the line is the one the student sees).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Failure, RunOutcome, SourcePlace, TestOutcome } from '@iterlings/run'

export {
  firstFailure,
  isDone,
  tasksOf,
  type Failure,
  type RunError,
  type RunOutcome,
  type TestOutcome,
} from '@iterlings/run'

/** A place in the student's or the test's code, with the line itself when it was read. */
export type Where = SourcePlace & { text?: string }

export const countOf = (outcome: RunOutcome, status: TestOutcome['status']) =>
  outcome.tests.filter((test) => test.status === status).length

/** Where a failure points: its test's failing line, or the place of an error outside the tests. */
export const placeOf = (failure: Failure | undefined): Where | undefined =>
  failure?.kind === 'test' ? failure.test.where : failure?.error.where

/**
 * Where the editor opens: the place, when it is in the student's src/; otherwise src/index.ts, since
 * a failing assertion in test/ is fixed in the student's code, not in the test.
 */
export function placeToEdit(exerciseDir: string, where: Partial<SourcePlace> | undefined) {
  const src = path.join(exerciseDir, 'src')
  const inside = where?.file && path.relative(src, where.file)
  if (where?.file && inside && !inside.startsWith('..') && !path.isAbsolute(inside))
    return { file: where.file, line: where.line, column: where.column }
  return { file: path.join(src, 'index.ts') }
}

/** The outcome with the text of the line at each failure's place. */
export function withLines(outcome: RunOutcome): RunOutcome {
  const files = new Map<string, string[] | undefined>()
  const lineOf = (where: SourcePlace | undefined): Where | undefined => {
    if (!where) return undefined
    if (!files.has(where.file)) {
      try {
        files.set(where.file, readFileSync(where.file, 'utf8').split(/\r?\n/))
      } catch {
        files.set(where.file, undefined)
      }
    }
    const text = files.get(where.file)?.[where.line - 1]
    return text === undefined ? where : { ...where, text }
  }
  const placed = <T extends { where?: SourcePlace }>(item: T): T => {
    const where = lineOf(item.where)
    return where ? { ...item, where } : item
  }
  return { ...outcome, tests: outcome.tests.map(placed), errors: outcome.errors.map(placed) }
}
