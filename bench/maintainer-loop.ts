/**
 * The root `pnpm test`: cold (an empty turbo cache, so every task runs) and again with nothing
 * changed (every turbo task a cache hit, which the row checks and says).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { median, timeOnce, type TimedRun } from './lib/measure.ts'
import { seconds, times, verdict, type Row } from './lib/rows.ts'

const CACHED_TARGET_MS = 10_000

export function maintainerLoop(
  root: string,
  { cold, runs }: { cold: boolean; runs: number },
): Row[] {
  // Full runs start from a cache of their own, so "cold" is cold whatever the shared cache holds;
  // quick runs reuse the shared cache and time only the cached loop.
  const cacheDir = cold ? mkdtempSync(path.join(os.tmpdir(), 'iterlings-bench-turbo-')) : undefined
  const pnpmTest = () =>
    timeOnce('pnpm', ['test'], {
      cwd: root,
      env: { ...process.env, ...(cacheDir ? { TURBO_CACHE_DIR: cacheDir } : {}) },
    })
  try {
    const rows: Row[] = []
    const coldRun = cold ? pnpmTest() : undefined
    if (coldRun) {
      rows.push({
        area: 'Maintainers',
        benchmark: 'root `pnpm test`, cold (empty turbo cache)',
        measured: seconds(coldRun.ms),
        target: 'for reference',
        note: `turbo ${cacheSummary(coldRun)}`,
      })
    }
    // Without a cold run first, one run fills the cache before the measured ones.
    if (!coldRun) pnpmTest()
    const cachedRuns = Array.from({ length: runs }, pnpmTest)
    const cached = median(cachedRuns.map((run) => run.ms))
    rows.push({
      area: 'Maintainers',
      benchmark: 'root `pnpm test`, again with nothing changed',
      measured: seconds(cached),
      ...(coldRun
        ? { baseline: `${seconds(coldRun.ms)} cold`, ratio: times(cached / coldRun.ms) }
        : {}),
      target: `< ${seconds(CACHED_TARGET_MS)}`,
      ...verdict(cached, CACHED_TARGET_MS, 'at most'),
      note: `median of ${runs}; turbo ${cachedRuns.map(cacheSummary).join(', ')}`,
    })
    return rows
  } finally {
    if (cacheDir) rmSync(cacheDir, { recursive: true, force: true })
  }
}

/** "n of m tasks from cache", summed over the turbo runs in one `pnpm test`. */
function cacheSummary(run: TimedRun): string {
  let cached = 0
  let total = 0
  for (const [, hits, all] of run.output.matchAll(/Cached:\s+(\d+) cached, (\d+) total/g)) {
    cached += Number(hits)
    total += Number(all)
  }
  return `${cached} of ${total} tasks from cache`
}
