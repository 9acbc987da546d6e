/** vitest's result of one run, as a RunOutcome: every test in task order, each failure with its line. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { byTaskOrder, placeOfTest } from '@iterlings/course/ledger'
import type { TestRunResult } from 'vitest/node'
import type { RunError, RunOutcome, TestOutcome, Where } from '../outcome.ts'
import { relative } from '../paths.ts'

interface ErrorLike {
  message?: string
  stacks?: Array<{ file: string; line: number; column: number }>
}

export function outcomeOf(
  exerciseDir: string,
  result: TestRunResult,
  durationMs: number,
): RunOutcome {
  const errors: RunError[] = (result.unhandledErrors as ErrorLike[]).map((error) =>
    describeError(error, exerciseDir),
  )
  const tests: TestOutcome[] = []
  // vitest lists the files as they finish; sorted, the same run always reads the same.
  const modules = [...result.testModules].sort((a, b) => a.moduleId.localeCompare(b.moduleId))
  for (const module of modules) {
    for (const error of module.errors() as ErrorLike[]) {
      errors.push({
        file: relative(exerciseDir, module.moduleId),
        ...describeError(error, exerciseDir),
      })
    }
    for (const test of module.children.allTests()) {
      const result = test.result()
      const name = test.fullName.split(' > ').join(' › ')
      const status = result.state === 'pending' ? 'skipped' : result.state
      tests.push({
        name,
        ...placeOfTest(name),
        status,
        ...(result.state === 'failed' && describeError(result.errors?.[0] ?? {}, exerciseDir)),
      })
    }
  }
  return { tests: byTaskOrder(tests), errors, durationMs }
}

function describeError(error: ErrorLike, exerciseDir: string): Pick<RunError, 'message' | 'where'> {
  const message = stripVTControlCharacters(error.message ?? String(error))
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

function sourceLine(frame: { file: string; line: number; column: number }): Where | undefined {
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

const isInside = (dir: string, file: string) => {
  const relativePath = path.relative(dir, file)
  return (
    !relativePath.startsWith('..') &&
    !path.isAbsolute(relativePath) &&
    !relativePath.includes('node_modules')
  )
}
