/** Runs a command line tool (git, gh) without a shell and gives its output, or why it failed. */
import { execFile } from 'node:child_process'

export class CommandError extends Error {
  override name = 'CommandError'
}

export function run(command: string, args: string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout)
        const code = (error as { code?: unknown }).code
        if (code === 'ENOENT')
          return reject(new CommandError(`${command} is not installed (or not on the PATH)`))
        reject(new CommandError(reasonIn(stderr) || error.message))
      },
    )
  })
}

/** git says why in its first `fatal:` or `error:` line (advice follows); gh in its last line. */
function reasonIn(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const fatal = lines.find((line) => /^(fatal|error):/.test(line))
  return fatal?.replace(/^(fatal|error):\s*/, '') ?? lines.at(-1) ?? ''
}
