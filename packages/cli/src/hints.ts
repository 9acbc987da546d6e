/** Hints one at a time, for the task the student is stuck on, remembered across restarts. */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { readHints, type Exercise, type TaskHints } from '@iterlings/course'
import type { Progress } from './progress.ts'
import type { Hint } from './screen.ts'

/** The hints of `task` ("1. iter", as the tests' describe block names it), else of the first task. */
export function hintsFor(exercise: Exercise, task: string | undefined): TaskHints | undefined {
  if (!existsSync(path.join(exercise.dir, 'hints.md'))) return undefined
  const tasks = readHints(exercise)
  const number = task?.split(' ')[0]
  return (
    tasks.find((candidate) => candidate.task === task) ??
    tasks.find((candidate) => candidate.task.split(' ')[0] === number) ??
    tasks[0]
  )
}

/** The hints seen so far, after showing one more when `more` is set. */
export function hint(
  progress: Progress,
  exercise: Exercise,
  task: string | undefined,
  { more }: { more: boolean },
): Hint {
  const hints = hintsFor(exercise, task)
  if (!hints) return { task: task ?? exercise.slug, shown: [], total: 0 }
  let seen = progress.hintsSeen(exercise.slug, hints.task)
  if (more && seen < hints.hints.length) {
    seen += 1
    progress.setHintsSeen(exercise.slug, hints.task, seen)
  }
  return { task: hints.task, shown: hints.hints.slice(0, seen), total: hints.hints.length }
}
