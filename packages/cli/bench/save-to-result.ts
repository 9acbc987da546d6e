/**
 * How long a student waits between saving a file and seeing the result in watch mode: the CLI
 * runs on a copy of exercise 01, and each save cycles through the starter (every test fails), the
 * solution (done), and the solution with a type error, so every result differs from the last.
 * Two figures: save → test results on screen, and save → the type error on screen. Between saves
 * it waits as a student would (--pause, 1.5 s), which is when the CLI readies the next test
 * process. Prints a summary on stderr and the bench rows as JSON on the last line of stdout (the
 * shape bench/run.ts reads).
 * Usage: tsx bench/save-to-result.ts [--runs N] [--pause ms]   (needs `pnpm turbo run build` first)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { startCli } from '../test/cli-process.ts'
import { copyCourse } from '../test/course-copy.ts'

const TESTS_TARGET_MS = 100
const TYPES_TARGET_MS = 300
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '12' }, pause: { type: 'string', default: '1500' } },
})
const runs = Number(values.runs)
const pauseMs = Number(values.pause)
const warmup = 3

const course = copyCourse(['01-iterables-and-iterators'])
const entry = course.file('exercises/01-iterables-and-iterators/src/index.ts')
const solution = readFileSync(
  course.file('exercises/01-iterables-and-iterators/solution/index.ts'),
  'utf8',
)
const versions = [
  { code: readFileSync(entry, 'utf8'), tests: /✗ 0 passed, \d+ failed/ },
  { code: solution, tests: /✓ \d+ passed, 0 failed/ },
  {
    code: `${solution}\nexport const n: number = 'oops'\n`,
    tests: /✓ \d+ passed, 0 failed/,
    types: /Type error/,
  },
]
const loadAtStart = os.loadavg()[0] ?? NaN
const cli = startCli(course.root, [], { NO_COLOR: '1' })
const testTimes: number[] = []
const typeTimes: number[] = []
try {
  let seen = await cli.waitFor(/passed, \d+ failed/, 0, 120_000)
  for (let run = 0; run < warmup + runs * versions.length; run += 1) {
    await new Promise((resolve) => setTimeout(resolve, pauseMs))
    const version = versions[run % versions.length] as (typeof versions)[number]
    const start = performance.now()
    writeFileSync(entry, version.code)
    const from = seen
    seen = await cli.waitFor(version.tests, from, 60_000)
    const tested = performance.now() - start
    if (version.types) seen = Math.max(seen, await cli.waitFor(version.types, from, 60_000))
    if (run < warmup) continue
    testTimes.push(tested)
    if (version.types) typeTimes.push(performance.now() - start)
  }
} finally {
  cli.type('q')
  await cli.exited
  course.remove()
}

const loadAtEnd = os.loadavg()[0] ?? NaN
const load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end`
const percentiles = (durations: number[]) => {
  const sorted = [...durations].sort((a, b) => a - b)
  const at = (fraction: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN
  return { median: at(0.5), fastest: at(0), p90: at(0.9), count: sorted.length }
}
const row = (benchmark: string, durations: number[], target: number) => {
  const { median, fastest, p90, count } = percentiles(durations)
  console.error(
    `${benchmark}: median ${Math.round(median)} ms, fastest ${Math.round(fastest)} ms, p90 ${Math.round(p90)} ms over ${count} saves (${load})`,
  )
  return {
    area: 'Students',
    benchmark,
    measured: `${Math.round(median)} ms`,
    baseline: `fastest ${Math.round(fastest)} ms, p90 ${Math.round(p90)} ms`,
    target: `≤ ${target} ms`,
    ...(median <= target
      ? { met: true }
      : { met: false, missedBy: `${(median / target).toFixed(2)}× over` }),
    note: `median of ${count} saves, ${pauseMs / 1000} s apart; ${load}`,
  }
}
console.log(
  JSON.stringify([
    row('watch mode: save → test results on screen, exercise 01', testTimes, TESTS_TARGET_MS),
    row('watch mode: save → type error on screen, exercise 01', typeTimes, TYPES_TARGET_MS),
  ]),
)
