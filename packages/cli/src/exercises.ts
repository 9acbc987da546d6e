/** What the screens need to know about each exercise of the course, read once at start. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { readHints, readLedger, type Course, type Exercise } from '@iterlings/course'
import { isAvailable } from './progress.ts'
import { hasSolution } from './solution.ts'
import type { ExerciseInfo } from './watch/state.ts'

export function exerciseInfo(exercise: Exercise): ExerciseInfo {
  const available = isAvailable(exercise)
  return {
    slug: exercise.slug,
    title: exercise.title,
    docs: exercise.docs,
    available,
    tasks: available ? tasksOf(exercise) : [],
    hints: existsSync(path.join(exercise.dir, 'hints.md')) ? readHints(exercise) : [],
    hasSolution: available && hasSolution(exercise),
  }
}

export const exerciseInfos = (course: Course) => course.exercises.map(exerciseInfo)

function tasksOf(exercise: Exercise): ExerciseInfo['tasks'] {
  try {
    return readLedger(exercise).map(({ number, title }) => ({ number, title }))
  } catch {
    // A README without its tasks in the ledger's form: the tests still number them.
    return []
  }
}
