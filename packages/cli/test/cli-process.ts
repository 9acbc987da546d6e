/** The CLI as a child process without a terminal: its output as it comes, and lines typed into it. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { CLI } from './course-copy.ts'

export interface CliProcess {
  child: ChildProcessWithoutNullStreams
  /** Everything printed so far (stdout and stderr). */
  output: () => string
  /** Resolves once the output after `from` matches, with the index just past the match. */
  waitFor: (pattern: RegExp, from?: number, timeoutMs?: number) => Promise<number>
  type: (line: string) => void
  exited: Promise<number | null>
}

export function startCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env } })
  let output = ''
  const listeners = new Set<() => void>()
  const onData = (chunk: Buffer) => {
    output += chunk.toString()
    for (const listener of listeners) listener()
  }
  child.stdout.on('data', onData)
  child.stderr.on('data', onData)
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return {
    child,
    output: () => output,
    waitFor: (pattern, from = 0, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(output.slice(from))
          if (!match) return false
          listeners.delete(check)
          clearTimeout(timer)
          resolve(from + match.index + match[0].length)
          return true
        }
        const timer = setTimeout(() => {
          listeners.delete(check)
          reject(
            new Error(
              `no ${pattern} in the CLI's output after ${timeoutMs} ms:\n${output.slice(from)}`,
            ),
          )
        }, timeoutMs)
        listeners.add(check)
        check()
      }),
    type: (line) => child.stdin.write(`${line}\n`),
    exited,
  }
}
