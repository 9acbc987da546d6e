/** Cold `pnpm test` in one exercise against bare `vitest run` on the same test file. */
import path from 'node:path'
import { median, timeCommand } from './lib/measure.ts'
import { ms, times, type Row } from './lib/rows.ts'

const TARGET = 1.15

export function studentFeedback(root: string): Row[] {
  const exercise = path.join(root, 'exercises', '01-iterables-and-iterators')
  const vitest = path.join(exercise, 'node_modules', '.bin', 'vitest')
  // The starter's tests fail by design: exit code 1 is the normal outcome here.
  const options = { cwd: exercise, runs: 7, okCodes: [1] }
  const bare = median(timeCommand(vitest, ['run', 'test/iterables-and-iterators.test.ts'], options))
  const pnpm = median(timeCommand('pnpm', ['test'], options))
  const ratio = pnpm / bare
  return [
    {
      area: 'Students',
      benchmark: '`pnpm test` in exercise 01 (starter)',
      measured: ms(pnpm),
      baseline: `${ms(bare)} bare \`vitest run\``,
      ratio: times(ratio),
      target: `≤ ${TARGET}×`,
      met: ratio <= TARGET,
    },
  ]
}
