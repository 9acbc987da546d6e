/** The lines every command prints, as plain functions of what they show, so tests can read them. */
import { stripVTControlCharacters } from 'node:util'
import { pathToFileURL } from 'node:url'
import { hostname } from 'node:os'
import type { TaskHints } from '@iterlings/course'
import { countOf, isDone, tasksOf, type Failure, type RunOutcome, type Where } from './outcome.ts'
import { relative } from './paths.ts'
import { failingTask, isFinished, type Result } from './result.ts'
import type { Style } from './style.ts'
import type { TypeReport } from './types/report.ts'

/** How to draw: colours (or not), clickable file links (on a terminal), paths relative to the course. */
export interface Look {
  style: Style
  links: boolean
  root: string
}

export function progressBar(done: number, total: number, style: Style, width = 20): string {
  const filled = total === 0 ? 0 : Math.round((done / total) * width)
  const bar = style.green('█'.repeat(filled)) + style.dim('░'.repeat(width - filled))
  return `${bar} ${done} / ${total} exercises done`
}

/** "✗ 3 passed, 39 failed", or why nothing could be counted. */
export function counts(outcome: RunOutcome, style: Style): string {
  if (outcome.stop) return style.red('✗ stopped: the tests ran too long')
  const passed = countOf(outcome, 'passed')
  const failed = countOf(outcome, 'failed')
  const mark = isDone(outcome) ? style.green('✓') : style.red('✗')
  const text = `${mark} ${style.green(`${passed} passed`)}, ${failed > 0 ? style.red(`${failed} failed`) : '0 failed'}`
  const unloaded = outcome.errors.filter((error) => error.file).length
  return unloaded > 0
    ? `${text}, ${style.red(`${unloaded} test ${unloaded === 1 ? 'file' : 'files'} could not load`)}`
    : text
}

/** A file and line to show: relative, and a link the terminal opens (OSC 8) where it can. */
export function place(where: Pick<Where, 'file' | 'line' | 'column'>, look: Look): string {
  const text = look.style.cyan(`${relative(look.root, where.file)}:${where.line}:${where.column}`)
  if (!look.links) return text
  const url = pathToFileURL(where.file)
  url.hostname = hostname()
  return `\u001b]8;;${url.href}\u001b\\${text}\u001b]8;;\u001b\\`
}

function quoted(where: Where, look: Look): string[] {
  const lines = [`  ${place(where, look)}`]
  if (where.text !== undefined)
    lines.push(`  ${look.style.dim(`${String(where.line).padStart(4)} │`)} ${where.text.trimEnd()}`)
  return lines
}

/** Why the tests say the exercise is not done: the time limit, or the first failure in task order. */
export function failureLines(
  outcome: RunOutcome,
  failure: Failure | undefined,
  look: Look,
  options: { entryMissing?: string | undefined } = {},
): string[] {
  const { style } = look
  if (outcome.stop) {
    return [
      style.red(outcome.stop.detail),
      'Fix it; the tests run again on your next save (or run them again).',
    ]
  }
  if (options.entryMissing) {
    return [
      style.red(`${options.entryMissing} is missing, so the tests cannot load it.`),
      'Press r to reset it to the starter (or put your file back).',
    ]
  }
  if (!failure) return []
  const { message = 'failed', where } = failure.kind === 'test' ? failure.test : failure.error
  const title =
    failure.kind === 'test'
      ? `First failure: ${failure.test.name}`
      : failure.error.file
        ? `${failure.error.file} could not load:`
        : 'An error outside the tests:'
  const lines = [style.bold(title)]
  lines.push(...message.split('\n').map((line) => `  ${style.red(line)}`))
  if (where) lines.push(...quoted(where, look))
  return lines
}

/** The first type error, with its place: after the test results, since tests come first. */
export function typeErrorLines(report: TypeReport | undefined, look: Look): string[] {
  if (!report?.first) return []
  const { first } = report
  const count =
    report.complete && report.errors > 1 ? look.style.dim(` (1 of ${report.errors})`) : ''
  const lines = [look.style.bold(`Type error${count}:`)]
  lines.push(...first.message.split('\n').map((line) => `  ${look.style.red(line)}`))
  if (first.file) lines.push(...quoted(first, look))
  return lines
}

/**
 * Where the student is inside an exercise: "task 3 of 14", or what else stands between them and
 * done. Undefined before anything ran.
 */
export function standing(result: Result | undefined, readmeTasks: number): string | undefined {
  const tests = result?.tests
  if (!tests) return undefined
  if (isFinished(result)) return 'done'
  if (tests.stop) return 'ran too long'
  if (tests.errors.length > 0) return 'does not load'
  const task = failingTask(result)
  const total = Math.max(readmeTasks, tasksOf(tests).length)
  if (task !== undefined) return `task ${task} of ${total}`
  if (!isDone(tests)) return `${countOf(tests, 'passed')} / ${tests.tests.length} tests pass`
  const errors = result?.types?.errors ?? 0
  if (errors > 0) return `tests pass, ${errors} type ${errors === 1 ? 'error' : 'errors'}`
  return 'tests pass, checking types'
}

export interface Hint {
  task: TaskHints
  seen: number
}

/** With `latestOnly` (a window too short for them all), the earlier hints give way to a note. */
export function hintLines(hint: Hint, style: Style, { latestOnly = false } = {}): string[] {
  const { task, seen } = hint
  const total = task.hints.length
  if (total === 0) return [style.yellow(`No hints for ${task.task} yet: the README explains it.`)]
  const lines = [style.yellow(`Hints for ${task.task} (${seen} of ${total}):`)]
  const hidden = latestOnly ? seen - 1 : 0
  if (hidden > 0)
    lines.push(
      style.dim(`  (${hidden === 1 ? 'hint 1 is' : `hints 1 to ${hidden} are`} in hints.md)`),
    )
  task.hints.slice(0, seen).forEach((text, index) => {
    if (index < hidden) return
    const [first = '', ...rest] = markdownLines(text, style)
    lines.push(`  ${index + 1}. ${first}`, ...rest.map((line) => `     ${line}`))
  })
  if (seen === total) lines.push(style.dim('  That was the last hint for this task.'))
  return lines
}

/**
 * A hint's markdown for a terminal: code fences go (their code stays, in colour),
 * `inline code` loses its backticks and stands out.
 */
export function markdownLines(text: string, style: Style): string[] {
  const lines: string[] = []
  let inCode = false
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) {
      inCode = !inCode
      continue
    }
    if (inCode) lines.push(style.cyan(line))
    else lines.push(line.replace(/`([^`]+)`/g, (_, code: string) => style.cyan(code)))
  }
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
  // Under a list number, or under the code of a quoted line ("  12 │ code").
  const indent = ' '.repeat(/^ *(?:\d+\. |\d+ │ )?/.exec(plain(line))?.[0].length ?? 0)
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
