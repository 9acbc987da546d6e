/**
 * How long a student waits between saving a file and seeing the result in watch mode: the CLI
 * runs on a copy of exercise 01 and each save alternates the starter and the solution, so every
 * result differs from the last. Between saves it waits as a student would (--pause, 1.5 s), which
 * is when the CLI readies the next test process. Prints a summary on stderr and the bench rows as
 * JSON on the last line of stdout (the shape bench/run.ts reads).
 * Usage: tsx bench/save-to-result.ts [--runs N] [--pause ms]   (needs `pnpm turbo run build` first)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { startCli } from '../test/cli-process.ts'
import { copyCourse } from '../test/course-copy.ts'

const TARGET_MS = 200
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '12' }, pause: { type: 'string', default: '1500' } },
})
const runs = Number(values.runs)
const pauseMs = Number(values.pause)
const warmup = 2

const course = copyCourse(['01-iterables-and-iterators'])
const entry = course.file('exercises/01-iterables-and-iterators/src/index.ts')
const versions = [
  {
    code: readFileSync(
      course.file('exercises/01-iterables-and-iterators/solution/index.ts'),
      'utf8',
    ),
    result: /✓ \d+ passed, 0 failed/,
  },
  { code: readFileSync(entry, 'utf8'), result: /✗ 0 passed, \d+ failed/ },
]
const cli = startCli(course.root, [], { NO_COLOR: '1' })
const durations: number[] = []
try {
  let seen = await cli.waitFor(/passed, \d+ failed/, 0, 120_000)
  for (let run = 0; run < warmup + runs; run += 1) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
    const version = versions[run % versions.length] as (typeof versions)[number]
    const start = performance.now()
    writeFileSync(entry, version.code)
    seen = await cli.waitFor(version.result, seen, 60_000)
    if (run >= warmup) durations.push(performance.now() - start)
  }
} finally {
  cli.type('q')
  await cli.exited
  course.remove()
}

durations.sort((a, b) => a - b)
const at = (fraction: number) =>
  durations[Math.min(durations.length - 1, Math.floor(fraction * durations.length))] ?? NaN
const median = at(0.5)
console.error(
  `save → result: median ${Math.round(median)} ms, fastest ${Math.round(at(0))} ms, p90 ${Math.round(at(0.9))} ms over ${durations.length} saves (load average ${os.loadavg()[0]?.toFixed(1)})`,
)
console.log(
  JSON.stringify([
    {
      area: 'Students',
      benchmark: 'watch mode: save → result on screen, exercise 01',
      measured: `${Math.round(median)} ms`,
      baseline: `fastest ${Math.round(at(0))} ms, p90 ${Math.round(at(0.9))} ms`,
      target: `≤ ${TARGET_MS} ms`,
      ...(median <= TARGET_MS
        ? { met: true }
        : { met: false, missedBy: `${(median / TARGET_MS).toFixed(2)}× over` }),
      note: `median of ${durations.length} saves, ${pauseMs / 1000} s apart; load average ${os.loadavg()[0]?.toFixed(1)}`,
    },
  ]),
)
