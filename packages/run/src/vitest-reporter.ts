/**
 * A vitest reporter that reports a run as `RunRecord`s, so a process running vitest (the CLI's
 * warm host, the proof's) is supervised like any other host. Each record goes to `send`, by
 * default the IPC channel to the supervising process.
 */
import path from 'node:path'
import type { Reporter, SerializedError, TestCase, TestModule } from 'vitest/node'
import type { RunRecord } from './records.ts'
import type { SourcePlace } from './outcome.ts'

export interface RecordReporterOptions {
  /** The exercise folder: failures point at the first place inside it. */
  root: string
  send?: (record: RunRecord) => void
}

const nameOf = (test: TestCase) => test.fullName.replaceAll(' > ', ' › ')

export class RecordReporter implements Reporter {
  readonly #root: string
  readonly #send: (record: RunRecord) => void
  #begun = false

  constructor({ root, send = (record) => process.send?.(record) }: RecordReporterOptions) {
    this.#root = root
    this.#send = send
  }

  onTestRunStart(): void {
    this.#begun = false
  }

  /**
   * The run's clock starts once the first test file has loaded, not when vitest starts to load
   * them: on a busy machine, transforming a test file can take seconds that are not the student's
   * code running. (Not at a test's start either: vitest sends those in batches, which a test that
   * loops forever never lets out; a loaded file is reported at once.)
   */
  #begin(): void {
    if (!this.#begun) this.#send({ kind: 'begin' })
    this.#begun = true
  }

  onTestModuleCollected(module: TestModule): void {
    this.#begin()
    this.#send({ kind: 'plan', tests: [...module.children.allTests()].map(nameOf) })
  }

  onTestCaseReady(test: TestCase): void {
    this.#send({ kind: 'start', test: nameOf(test) })
  }

  onTestCaseResult(test: TestCase): void {
    const result = test.result()
    const durationMs = test.diagnostic()?.duration
    const status =
      result.state === 'passed' ? 'passed' : result.state === 'failed' ? 'failed' : 'skipped'
    const [error] = result.errors ?? []
    this.#send({
      kind: 'result',
      test: nameOf(test),
      status,
      ...(status === 'failed' && describeError(error ?? {}, this.#root)),
      ...(durationMs !== undefined && { durationMs }),
    })
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
  ): void {
    this.#begin()
    for (const module of modules) {
      const file = relative(this.#root, module.moduleId)
      for (const error of module.errors())
        this.#send({ kind: 'error', file, ...describeError(error, this.#root) })
    }
    for (const error of unhandledErrors)
      this.#send({ kind: 'error', ...describeError(error, this.#root) })
    this.#send({ kind: 'done' })
  }
}

interface ErrorLike {
  message?: string
  stacks?: ReadonlyArray<{ file: string; line: number; column: number }>
}

export function describeError(
  error: ErrorLike,
  root: string,
): { message: string; where?: SourcePlace } {
  const message = stripAnsi(error.message ?? String(error))
  const frame = error.stacks?.find((frame) => isInside(root, frame.file)) ?? locationIn(message)
  const where = frame && {
    file: frame.file.startsWith('file://') ? new URL(frame.file).pathname : frame.file,
    line: frame.line,
    column: frame.column,
  }
  return { message: tidy(message), ...(where && { where }) }
}

/** Syntax errors come as text ("… src/index.ts:13:8 …"), with paths relative to the working folder. */
function locationIn(message: string) {
  const match = /([^\s[\]()]+\.[cm]?[jt]sx?):(\d+):(\d+)/.exec(message)
  if (!match) return undefined
  const [, file = '', line = '0', column = '0'] = match
  return { file: path.resolve(file), line: Number(line), column: Number(column) }
}

/** The bundler's syntax errors draw a box around the code; screens show the line itself instead. */
function tidy(message: string): string {
  const lines = message.split('\n').filter((line) => line.trim() !== '')
  const parse = lines.findIndex((line) => /^\[[A-Z_]+\]/.test(line))
  if (parse !== -1) return (lines[parse] ?? '').replace(/^\[[A-Z_]+\]\s*/, 'syntax error: ')
  return lines.join('\n')
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '')

function isInside(dir: string, file: string): boolean {
  const inside = path.relative(dir, file.startsWith('file://') ? new URL(file).pathname : file)
  return !inside.startsWith('..') && !path.isAbsolute(inside) && !inside.includes('node_modules')
}

/** A path for people: relative, with forward slashes on every platform. */
export const relative = (from: string, to: string) =>
  path.relative(from, to).split(path.sep).join('/')
