/** Cold `pnpm test` in one exercise against bare `vitest run` on the same test file. */
import path from 'node:path'
import { median, timeOnce } from './lib/measure.ts'
import { ms, times, verdict, type Row } from './lib/rows.ts'

const TARGET = 1.15

export function studentFeedback(root: string, { runs }: { runs: number }): Row[] {
  const exercise = path.join(root, 'exercises', '01-iterables-and-iterators')
  const vitest = path.join(exercise, 'node_modules', '.bin', 'vitest')
  // The starter's tests fail by design: exit code 1 is the normal outcome here.
  const options = { cwd: exercise, okCodes: [1] }
  const bareRun = () => timeOnce(vitest, ['run', 'test/iterables-and-iterators.test.ts'], options)
  const pnpmRun = () => timeOnce('pnpm', ['test'], options)
  // What pnpm costs before the script starts: the difference between the two, if the ratio misses.
  const pnpmAlone = () => timeOnce('pnpm', ['exec', 'true'], { cwd: exercise })
  // One of each to warm the disk cache, then turn about, so a busy moment of a shared machine
  // falls on both sides alike.
  bareRun()
  pnpmRun()
  const bare: number[] = []
  const pnpm: number[] = []
  const startUp: number[] = []
  for (let run = 0; run < runs; run += 1) {
    bare.push(bareRun().ms)
    pnpm.push(pnpmRun().ms)
    startUp.push(pnpmAlone().ms)
  }
  const ratio = median(pnpm) / median(bare)
  return [
    {
      area: 'Students',
      benchmark: '`pnpm test` in exercise 01 (starter), a fresh process each time',
      measured: ms(median(pnpm)),
      baseline: `${ms(median(bare))} bare \`vitest run\` on its test file`,
      ratio: times(ratio),
      target: `≤ ${TARGET}×`,
      ...verdict(ratio, TARGET, 'at most'),
      note: `median of ${runs}, taken in turns; pnpm alone, \`pnpm exec true\`: ${ms(median(startUp))}`,
    },
  ]
}
