/** A small timing harness: run a command, keep its wall-clock duration and what it printed. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { performance } from 'node:perf_hooks'

export interface TimeOptions extends SpawnSyncOptions {
  /** Exit codes that count as a normal run (a starter's failing tests exit 1). */
  okCodes?: number[]
}

export interface TimedRun {
  ms: number
  /** What the command printed: its stdout, then its stderr. */
  output: string
}

/** Runs the command once and times it; throws when it exits with a code outside `okCodes`. */
export function timeOnce(
  command: string,
  args: string[],
  { okCodes = [0], ...spawnOptions }: TimeOptions = {},
): TimedRun {
  const start = performance.now()
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    ...spawnOptions,
  })
  const elapsed = performance.now() - start
  if (result.error) throw result.error
  const output = `${String(result.stdout ?? '')}${String(result.stderr ?? '')}`
  if (!okCodes.includes(result.status ?? -1)) {
    const last = output.trim().split('\n').at(-1) ?? ''
    throw new Error(
      `\`${[command, ...args].join(' ')}\` exited with ${result.status ?? result.signal} after ${(elapsed / 1000).toFixed(1)} s${last ? `: ${last}` : ''}`,
    )
  }
  return { ms: elapsed, output }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}
