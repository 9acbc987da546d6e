/** Benchmarks that live beside the code they measure and print their rows as JSON on their last line. */
import { spawnSync } from 'node:child_process'
import type { Row } from './rows.ts'

/**
 * Runs one and returns its rows. Its stderr (progress, a summary) passes straight through. A
 * non-zero exit with rows printed is a benchmark that measured a missed target (the site's budget
 * check exits 1 then); without rows, the benchmark failed and this throws.
 */
export function externalRows(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Row[] {
  const result = spawnSync(command, args, {
    ...options,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 2 ** 20,
  })
  if (result.error) throw result.error
  const rows = parseRows(result.stdout.trim().split('\n').at(-1) ?? '')
  if (rows) return rows
  throw new Error(
    `\`${[command, ...args].join(' ')}\` exited with ${result.status ?? result.signal} without printing its rows (its output is above)`,
  )
}

function parseRows(line: string): Row[] | undefined {
  try {
    const rows: unknown = JSON.parse(line)
    return Array.isArray(rows) ? (rows as Row[]) : undefined
  } catch {
    return undefined
  }
}
