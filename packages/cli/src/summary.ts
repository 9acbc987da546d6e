/** What one run of an exercise's tests tells a student, small enough to cache and send over IPC. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { TestRunResult } from 'vitest/node'

/** A place in the student's or the test's code, with the line itself to show. */
export interface SourceLine {
  /** Absolute path. */
  file: string
  line: number
  column: number
  text: string
}

export interface Failure {
  /** "1. iter › returns an iterator", or the file name when the file itself failed to load. */
  test: string
  /** The top-level describe block, "1. iter": the task, as README and hints.md number it. */
  task?: string
  message: string
  where?: SourceLine
}

export interface RunSummary {
  slug: string
  passed: number
  failed: number
  /** The first failing test, or the error that stopped the tests from loading (a syntax error). */
  firstFailure?: Failure
  /** Set when the run was stopped after the time limit: the student's code loops forever. */
  timedOut?: boolean
  durationMs: number
}

export const isDone = (summary: Pick<RunSummary, 'passed' | 'failed' | 'firstFailure'>) =>
  summary.passed > 0 && summary.failed === 0 && !summary.firstFailure

interface ErrorLike {
  message?: string
  stacks?: Array<{ file: string; line: number; column: number }>
}

export function summarize(
  slug: string,
  exerciseDir: string,
  result: TestRunResult,
  durationMs: number,
): RunSummary {
  const summary: RunSummary = { slug, passed: 0, failed: 0, durationMs }
  const fail = (failure: Failure) => {
    summary.firstFailure ??= failure
  }
  for (const error of result.unhandledErrors as ErrorLike[]) {
    fail({ test: 'an error outside the tests', ...describeError(error, exerciseDir) })
  }
  for (const module of result.testModules) {
    for (const error of module.errors() as ErrorLike[]) {
      summary.failed += 1
      fail({
        test: `${relative(exerciseDir, module.moduleId)} could not load`,
        ...describeError(error, exerciseDir),
      })
    }
    for (const test of module.children.allTests()) {
      const outcome = test.result()
      if (outcome.state === 'passed') summary.passed += 1
      if (outcome.state !== 'failed') continue
      summary.failed += 1
      const names = test.fullName.split(' > ')
      fail({
        test: names.join(' › '),
        ...(names.length > 1 && { task: names[0] }),
        ...describeError(outcome.errors[0] ?? {}, exerciseDir),
      })
    }
  }
  return summary
}

function describeError(error: ErrorLike, exerciseDir: string): Pick<Failure, 'message' | 'where'> {
  const message = stripAnsi(error.message ?? String(error))
  const frame =
    error.stacks?.find((frame) => isInside(exerciseDir, frame.file)) ?? locationIn(message)
  const where = frame && sourceLine(frame)
  return { message: tidy(message), ...(where && { where }) }
}

/** Syntax errors come as text ("… src/index.ts:13:8 …"), with paths relative to the working folder. */
function locationIn(message: string) {
  const match = /([^\s[\]()]+\.[cm]?[jt]sx?):(\d+):(\d+)/.exec(message)
  if (!match) return undefined
  const [, file = '', line = '0', column = '0'] = match
  return { file: path.resolve(file), line: Number(line), column: Number(column) }
}

function sourceLine(frame: { file: string; line: number; column: number }): SourceLine | undefined {
  try {
    const file = frame.file.startsWith('file://') ? new URL(frame.file).pathname : frame.file
    const text = readFileSync(file, 'utf8').split(/\r?\n/)[frame.line - 1]
    return text === undefined ? undefined : { ...frame, file, text }
  } catch {
    return undefined
  }
}

/** The bundler's syntax errors draw a box around the code; the screen shows the line itself instead. */
function tidy(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim() !== '')
  const parse = lines.findIndex((line) => /^\[[A-Z_]+\]/.test(line))
  if (parse !== -1) return (lines[parse] ?? '').replace(/^\[[A-Z_]+\]\s*/, 'syntax error: ')
  return lines.join('\n')
}

// eslint-disable-next-line no-control-regex
export const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '')

const isInside = (dir: string, file: string) => {
  const relativePath = path.relative(dir, file)
  return (
    !relativePath.startsWith('..') &&
    !path.isAbsolute(relativePath) &&
    !relativePath.includes('node_modules')
  )
}

/** A path for people: relative, with forward slashes on every platform. */
export const relative = (from: string, to: string) =>
  path.relative(from, to).split(path.sep).join('/')
