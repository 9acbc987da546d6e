/** The grader, through its command line (`iterlings-grade`), the interface it keeps for instructors. */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

// The grader's bin sits beside its dist/, which is what its package exports.
const gradeBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@iterlings/grader')),
  '..',
  'bin',
  'iterlings-grade.js',
)

/** Runs `iterlings-grade <args>` with this terminal; rejects with its exit code. */
export function runGrader(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [gradeBin, ...args], { stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', (code, signal) =>
      code === 0
        ? resolve()
        : reject(
            new GraderFailed(`iterlings-grade stopped (${signal ?? `exit ${code}`})`, code ?? 1),
          ),
    )
  })
}

export class GraderFailed extends Error {
  override name = 'GraderFailed'
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}
