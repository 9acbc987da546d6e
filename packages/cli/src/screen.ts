/** Everything the CLI prints, as plain functions from state to text, so tests can read it. */
import { stripVTControlCharacters } from 'node:util'
import type { Exercise } from '@iterlings/course'
import { relative, type Failure, type RunSummary } from './summary.ts'
import { isDone } from './summary.ts'
import type { Style } from './style.ts'

export type Status = 'done' | 'failing' | 'not run' | 'not available'

export interface ListRow {
  exercise: Exercise
  status: Status
  summary?: RunSummary
}

export function progressBar(done: number, total: number, style: Style, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width)
  const bar = style.green('█'.repeat(filled)) + style.dim('░'.repeat(width - filled))
  return `${bar} ${done} / ${total} exercises done`
}

/** "3 passed, 39 failed" with a mark in front. */
export function counts(summary: RunSummary, style: Style): string {
  if (summary.timedOut) return style.red('✗ stopped: the tests ran too long')
  const mark = isDone(summary) ? style.green('✓') : style.red('✗')
  return `${mark} ${style.green(`${summary.passed} passed`)}, ${summary.failed > 0 ? style.red(`${summary.failed} failed`) : '0 failed'}`
}

/** The lines that explain why an exercise is not done yet. */
export function explain(
  summary: RunSummary,
  root: string,
  style: Style,
  timeLimitMs: number,
): string[] {
  if (summary.timedOut) {
    return [
      style.red(`Your code ran for more than ${timeLimitMs / 1000} s, so the tests were stopped.`),
      'Is there a loop that never ends (a while (true) without a way out, an iterator that is',
      'never done)? Fix it and save: watching goes on.',
    ]
  }
  if (!summary.firstFailure) return []
  return failureLines(summary.firstFailure, root, style)
}

function failureLines(failure: Failure, root: string, style: Style): string[] {
  const lines = [style.bold(`First failure: ${failure.test}`)]
  lines.push(...failure.message.split('\n').map((line) => `  ${style.red(line)}`))
  if (failure.where) {
    const { file, line, column, text } = failure.where
    lines.push(`  ${style.cyan(`${relative(root, file)}:${line}:${column}`)}`)
    lines.push(`  ${style.dim(`${String(line).padStart(4)} │`)} ${text.trimEnd()}`)
  }
  return lines
}

export function statusOf(summary: RunSummary | undefined, available: boolean): Status {
  if (!available) return 'not available'
  if (!summary) return 'not run'
  return isDone(summary) ? 'done' : 'failing'
}

export function listLines(rows: ListRow[], style: Style): string[] {
  const width = Math.max(...rows.map((row) => row.exercise.slug.length))
  return rows.map(({ exercise, status, summary }) => {
    const name = exercise.slug.padEnd(width)
    switch (status) {
      case 'done':
        return `${style.green('✓')} ${name}  ${style.green('done')}`
      case 'failing':
        return `${style.red('✗')} ${name}  ${summary?.timedOut ? 'ran too long' : `${summary?.passed ?? 0} / ${(summary?.passed ?? 0) + (summary?.failed ?? 0)} tests pass`}`
      case 'not run':
        return `${style.dim('·')} ${name}  ${style.dim('not run yet')}`
      case 'not available':
        return `${style.dim('·')} ${style.dim(name)}  ${style.dim('not in this copy of the course yet')}`
    }
  })
}

export interface Hint {
  task: string
  /** The hints seen so far, oldest first. */
  shown: string[]
  total: number
}

/** With `latestOnly` (a window too short for them all), the earlier hints give way to a note. */
export function hintLines(
  hint: Hint | undefined,
  style: Style,
  { latestOnly = false } = {},
): string[] {
  if (!hint) return []
  if (hint.total === 0)
    return [style.yellow('No hints for this exercise yet: the README explains each task.')]
  const lines = [style.yellow(`Hints for ${hint.task} (${hint.shown.length} of ${hint.total}):`)]
  const hidden = latestOnly ? hint.shown.length - 1 : 0
  if (hidden > 0)
    lines.push(
      style.dim(`  (${hidden === 1 ? 'hint 1 is' : `hints 1 to ${hidden} are`} in hints.md)`),
    )
  hint.shown.forEach((text, index) => {
    if (index < hidden) return
    const [first = '', ...rest] = text.split('\n')
    lines.push(`  ${index + 1}. ${first}`, ...rest.map((line) => `     ${line}`))
  })
  if (hint.shown.length === hint.total)
    lines.push(style.dim('  That was the last hint for this task.'))
  return lines
}

/**
 * Breaks a line that is wider than the terminal between words, so a hint or a failure does not
 * wrap in the middle of a word. Continuation lines keep the line's indent (and a list number's).
 * Colour codes ride along with their words: a terminal keeps a colour across a line break.
 */
export function wrapLine(line: string, width: number): string[] {
  const plain = (text: string) => stripVTControlCharacters(text)
  if (plain(line).length <= width) return [line]
  const indent = ' '.repeat(/^ *(?:\d+\. )?/.exec(plain(line))?.[0].length ?? 0)
  if (indent.length > width / 2) return [line]
  const [first = '', ...words] = line.split(' ')
  const lines: string[] = []
  let current = first
  for (const word of words) {
    if (plain(current).trim() !== '' && plain(`${current} ${word}`).length > width) {
      lines.push(current)
      current = indent + word
    } else current = `${current} ${word}`
  }
  return [...lines, current]
}
