/**
 * Your code beside the course's model solution, as a unified diff for the terminal: offered only
 * once the exercise passes, and only where the course has solutions (the student release leaves
 * them out unless the instructor asks for them).
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { structuredPatch } from 'diff'
import { filesUnder, type Exercise } from '@iterlings/course'
import type { Style } from './style.ts'

export const hasSolution = (exercise: Pick<Exercise, 'dir'>) =>
  existsSync(path.join(exercise.dir, 'solution'))

export function solutionDiff(exercise: Pick<Exercise, 'dir' | 'slug'>, style: Style): string[] {
  const solutionDir = path.join(exercise.dir, 'solution')
  const lines: string[] = [
    style.bold(`Your code (${style.red('-')}) and the model solution (${style.green('+')}):`),
    '',
  ]
  for (const file of filesUnder(solutionDir)) {
    const name = path.relative(solutionDir, file).split(path.sep).join('/')
    const mine = path.join(exercise.dir, 'src', name)
    const yours = existsSync(mine) ? readFileSync(mine, 'utf8') : ''
    const patch = structuredPatch(
      `src/${name}`,
      `solution/${name}`,
      yours,
      readFileSync(file, 'utf8'),
    )
    lines.push(style.bold(`src/${name} → solution/${name}`))
    if (patch.hunks.length === 0) lines.push(style.green('  the same, line for line'))
    for (const hunk of patch.hunks) {
      lines.push(
        style.cyan(`@@ line ${hunk.oldStart} of yours, line ${hunk.newStart} of the solution @@`),
      )
      for (const line of hunk.lines) {
        if (line.startsWith('+')) lines.push(style.green(line))
        else if (line.startsWith('-')) lines.push(style.red(line))
        else if (!line.startsWith('\\')) lines.push(style.dim(line))
      }
    }
    lines.push('')
  }
  return lines
}
