/**
 * Hints live beside each exercise in hints.md, one section a task, numbered as the tests'
 * describe blocks are, each hint one item of an ordered list (a nudge first, nearly the answer last):
 *
 *     ## 1. iter
 *     1. A first nudge.
 *     2. Nearly the answer, maybe with code indented under the item.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Exercise } from './manifest.ts'

export interface TaskHints {
  /** The section heading without "## ", e.g. "1. iter". */
  task: string
  hints: string[]
}

export function parseHints(markdown: string): TaskHints[] {
  const tasks: TaskHints[] = []
  for (const section of markdown.split(/^## /m).slice(1)) {
    const [heading = '', ...body] = section.split('\n')
    const hints = body
      .join('\n')
      .split(/^\d+\. /m)
      .slice(1)
      .map((hint) => dedent(hint).trim())
      .filter(Boolean)
    tasks.push({ task: heading.trim(), hints })
  }
  return tasks
}

export function readHints(exercise: Pick<Exercise, 'dir'>): TaskHints[] {
  return parseHints(readFileSync(path.join(exercise.dir, 'hints.md'), 'utf8'))
}

/** Every hint of an exercise in the order a student should see them: task by task, nudge first. */
export function hintSequence(
  tasks: TaskHints[],
): Array<{ task: string; hint: string; level: number }> {
  return tasks.flatMap(({ task, hints }) =>
    hints.map((hint, index) => ({ task, hint, level: index + 1 })),
  )
}

function dedent(text: string): string {
  return text.replace(/^ {3}/gm, '')
}
