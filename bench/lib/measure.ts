/** A small timing harness: run a command several times, keep the wall-clock durations. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { performance } from 'node:perf_hooks'

export interface TimeOptions extends SpawnSyncOptions {
  runs?: number
  warmup?: number
  /** Exit codes that count as a normal run (a starter's failing tests exit 1). */
  okCodes?: number[]
}

export function timeCommand(command: string, args: string[], options: TimeOptions = {}): number[] {
  const { runs = 5, warmup = 1, okCodes = [0], ...spawnOptions } = options
  const durations: number[] = []
  for (let run = 0; run < warmup + runs; run += 1) {
    const start = performance.now()
    const result = spawnSync(command, args, { stdio: 'ignore', ...spawnOptions })
    const elapsed = performance.now() - start
    if (result.error) throw result.error
    if (!okCodes.includes(result.status ?? -1)) {
      throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
    }
    if (run >= warmup) durations.push(elapsed)
  }
  return durations
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
}
