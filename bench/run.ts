/**
 * pnpm bench [--quick] [--only <area>]…
 * Runs every benchmark, prints the table and, after a full run, writes bench/RESULTS.md. Ratios
 * compare figures measured in this same run; absolute numbers come with the machine they came from
 * and how busy it was. A benchmark that fails becomes an error row; the others still run.
 * --quick: smaller inputs and fewer runs, for trying changes (its table is printed, not written).
 * --only students|instructors|capstone|site|maintainers (repeatable): just those areas.
 */
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { format, resolveConfig } from 'prettier'
import { externalRows } from './lib/external.ts'
import { renderRows, type Row } from './lib/rows.ts'
import { maintainerLoop } from './maintainer-loop.ts'
import { site } from './site.ts'
import { studentFeedback } from './student-feedback.ts'

const root = path.resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true },
  },
})
const quick = values.quick

interface Benchmark {
  area: 'Students' | 'Instructors' | 'Capstone' | 'Site' | 'Maintainers'
  name: string
  run: () => Row[]
}

const benchmarks: Benchmark[] = [
  {
    area: 'Students',
    name: '`pnpm test` in an exercise',
    run: () => studentFeedback(root, { runs: quick ? 3 : 7 }),
  },
  {
    area: 'Students',
    name: 'watch mode: save → result',
    run: () =>
      externalRows(
        'pnpm',
        ['--filter', './packages/cli', '-s', 'bench', ...(quick ? ['--runs', '4'] : [])],
        { cwd: root },
      ),
  },
  {
    area: 'Instructors',
    name: 'grader throughput',
    run: () =>
      externalRows(
        'pnpm',
        [
          // The whole course per student, as a class submits it: the grader runs one process per student.
          ...['--filter', '@iterlings/grader', '-s', 'bench'],
          ...(quick
            ? ['--students', '10', '--sizes', '10,30', '--naive-sample', '2']
            : ['--students', '100', '--sizes', '10,100,300']),
        ],
        { cwd: root },
      ),
  },
  {
    area: 'Instructors',
    name: 'a Classroom assignment on a matrix of runners',
    run: () =>
      externalRows(
        'pnpm',
        [
          ...['--filter', '@iterlings/classroom', '-s', 'bench', '--runners', '4'],
          ...(quick ? ['--students', '20', '--exercises', '01'] : ['--students', '300']),
        ],
        { cwd: root },
      ),
  },
  {
    area: 'Capstone',
    name: 'streaming memory',
    run: () =>
      externalRows(
        process.execPath,
        [
          ...process.execArgv,
          'capstone-memory.ts',
          '--json',
          '--sizes',
          quick ? '1,20' : '1,100,1024',
        ],
        { cwd: import.meta.dirname },
      ),
  },
  { area: 'Site', name: 'docs build and budgets', run: () => site(root) },
  {
    area: 'Maintainers',
    name: 'root `pnpm test`',
    run: () => maintainerLoop(root, { cold: !quick, runs: quick ? 1 : 3 }),
  },
]

const areas = new Set(benchmarks.map(({ area }) => area.toLowerCase()))
const only = values.only?.flatMap((list) => list.split(','))
const unknown = only?.filter((area) => !areas.has(area))
if (unknown?.length) {
  console.error(
    `bench: --only takes ${[...areas].join(', ')}; there is no "${unknown.join('", "')}"`,
  )
  process.exit(2)
}

const loadAtStart = os.loadavg()
const started = new Date()
const rows: Row[] = []
for (const { area, name, run } of benchmarks) {
  if (only && !only.includes(area.toLowerCase())) continue
  console.error(`bench: ${area}: ${name} …`)
  try {
    rows.push(...run())
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`bench: ${area}: ${name} failed: ${message}`)
    rows.push({ area, benchmark: name, measured: '', target: '', error: message })
  }
}

const cpus = os.cpus()
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`
const load = (averages: number[]) => averages.map((value) => value.toFixed(2)).join(', ')
const minutes = (Date.now() - started.getTime()) / 60_000
const resultsFile = path.join(root, 'bench', 'RESULTS.md')
// Formatted as `pnpm format` would, so the committed file passes `prettier --check`.
const report = await format(
  [
    '# Benchmarks',
    '',
    `Measured by \`pnpm bench${quick ? ' --quick' : ''}\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC (${Math.max(1, Math.round(minutes))} min) on ${machine}.`,
    `Load average (1, 5, 15 min) at the start: ${load(loadAtStart)}; at the end: ${load(os.loadavg())}.`,
    'Each ratio compares two figures measured in the same run, so a busy machine slows both sides;',
    'the absolute figures are only as good as the machine was quiet.',
    '',
    renderRows(rows),
    '',
  ].join('\n'),
  { ...(await resolveConfig(resultsFile)), filepath: resultsFile },
)
console.log(report)
if (quick || only) {
  console.error('bench: a partial run (--quick or --only): bench/RESULTS.md is left as it was')
} else {
  writeFileSync(resultsFile, report)
  console.error('bench: wrote bench/RESULTS.md')
}
