/** The root `pnpm test`: cold (turbo's cache bypassed) and again with nothing changed. */
import { median, timeCommand } from './lib/measure.ts'
import { seconds, times, type Row } from './lib/rows.ts'

const CACHED_TARGET_MS = 10_000

export function maintainerLoop(root: string, { cold }: { cold: boolean }): Row[] {
  const rows: Row[] = []
  let coldMs: number | undefined
  if (cold) {
    coldMs = median(
      timeCommand('pnpm', ['test'], {
        cwd: root,
        runs: 1,
        warmup: 0,
        env: { ...process.env, TURBO_FORCE: 'true' },
      }),
    )
    rows.push({
      area: 'Maintainers',
      benchmark: 'root `pnpm test`, cold (turbo cache bypassed)',
      measured: seconds(coldMs),
      target: 'no target',
    })
  }
  // The first run fills the cache; the measured ones change nothing.
  const cached = median(timeCommand('pnpm', ['test'], { cwd: root, runs: 3, warmup: 1 }))
  rows.push({
    area: 'Maintainers',
    benchmark: 'root `pnpm test`, nothing changed (turbo cache)',
    measured: seconds(cached),
    ...(coldMs === undefined
      ? {}
      : { baseline: `${seconds(coldMs)} cold`, ratio: times(cached / coldMs) }),
    target: `< ${seconds(CACHED_TARGET_MS)}`,
    met: cached < CACHED_TARGET_MS,
  })
  return rows
}
