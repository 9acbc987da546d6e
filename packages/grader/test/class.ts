/** Builds a fake class of submissions for exercise 01, from the course's own starter and solution. */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { findCourseRoot, findExercise, loadCourse } from '@iterlings/course'

export const course = loadCourse(findCourseRoot(import.meta.dirname))
export const SLUG = '01-iterables-and-iterators'
export const exercise = findExercise(course, SLUG)

/** A submission whose src/ is a copy of `from` (the course's solution/ or src/). */
export function copyOf(submissions: string, student: string, from: 'solution' | 'src'): string {
  const src = path.join(submissions, student, 'exercises', SLUG, 'src')
  cpSync(path.join(exercise.dir, from), src, { recursive: true })
  return src
}

/**
 * A submission that is the starter (every function throws) plus `attack`: code in src/index.ts
 * that runs when the tests import it, and may replace some of the starter's exports.
 */
export function attack(
  submissions: string,
  student: string,
  code: string,
  base: 'src' | 'solution' | 'empty' = 'src',
): string {
  const src = path.join(submissions, student, 'exercises', SLUG, 'src')
  mkdirSync(src, { recursive: true })
  if (base === 'empty') {
    writeFileSync(path.join(src, 'index.ts'), `${code}\n`)
    return src
  }
  cpSync(path.join(exercise.dir, base, 'index.ts'), path.join(src, 'base.ts'))
  writeFileSync(path.join(src, 'index.ts'), `export * from './base.ts'\n${code}\n`)
  return src
}

/** A student's folder in a gradebook: their id, or the name grading.json gives it. */
export function folderOf(gradebook: string, student: string): string {
  const { folders } = JSON.parse(readFileSync(path.join(gradebook, 'grading.json'), 'utf8')) as {
    folders: Record<string, string>
  }
  return path.join(gradebook, folders[student] ?? student)
}
