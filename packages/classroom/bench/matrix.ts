/**
 * Grading a Classroom assignment on a matrix of runners, the local equivalent: a generated class
 * of student repositories (local bare repositories, GitHub's record faked as in the tests) is
 * collected at its deadline, graded on one machine, then graded again as the matrix's runners
 * would, each part alone on this machine one after another, and the parts merged. The matrix's
 * wall time is collect + the slowest part + merge; a runner's set-up (checkout, install, artifacts)
 * happens only on GitHub and is not in it. The merged gradebook must equal the one-machine one.
 *
 *   tsx bench/matrix.ts [--students 300] [--runners 4] [--exercises 01,03] [--timeout 5]
 *
 * `--timeout` (seconds, the grader's test limit) set low shows whether the grade depends on the
 * machine's load: at 0.2 s a loaded machine stretches honest tests past it.
 *
 * Human-readable lines go to stderr; the rows for `pnpm bench` are the last line of stdout, as JSON.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'csv-parse/sync'
import type { Exercise } from '@iterlings/course'
import { collect } from '../src/collect.ts'
import { parseDeadline } from '../src/deadline.ts'
import { course, DEADLINE, fakeGitHub, ORG, PREFIX, StudentRepository } from '../test/repos.ts'

/** The slowest of n parts against one machine grading the whole class: 1/n, and some slack. */
const BALANCE_SLACK = 1.2

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '300' },
    runners: { type: 'string', default: '4' },
    exercises: { type: 'string' },
    timeout: { type: 'string', default: '5' },
  },
})
const size = Number(values.students)
const runners = Number(values.runners)
const wanted = values.exercises?.split(',')
const exercises = course.exercises.filter(
  (exercise) =>
    existsSync(path.join(exercise.dir, 'solution')) &&
    (!wanted || wanted.some((prefix) => exercise.slug.startsWith(prefix))),
)
const log = (line: string) => process.stderr.write(`${line}\n`)
const load = () => loadavg()[0]?.toFixed(1)
const work = mkdtempSync(path.join(tmpdir(), 'iterlings-matrix-bench-'))
const bins = path.join(import.meta.dirname, '..', '..')
const gradeBin = path.join(bins, 'grader', 'bin', 'iterlings-grade.js')
const classroomBin = path.join(bins, 'classroom', 'bin', 'iterlings-classroom.js')

/** Every exercise's src/ files, from its solution/ or its starter, or an endless loop. */
function answers(student: number, kind: (exercise: number) => 'solution' | 'src' | 'loop') {
  const files: Record<string, string> = {}
  for (const [index, exercise] of exercises.entries()) {
    const chosen = kind(index)
    const from = chosen === 'loop' ? 'solution' : chosen
    const text = readFileSync(path.join(exercise.dir, from, 'index.ts'), 'utf8')
    files[sourceOf(exercise)] = chosen === 'loop' ? `${text}\nfor (;;) {}\n` : text
  }
  return files
}
const sourceOf = (exercise: Exercise) => `exercises/${exercise.slug}/src/index.ts`

function makeClass() {
  const repositories = []
  const changes: Record<string, StudentRepository['changes']> = {}
  for (let student = 0; student < size; student += 1) {
    const repo = new StudentRepository(
      path.join(work, 'class'),
      `${PREFIX}-s${String(student).padStart(3, '0')}`,
    )
    repo.commit(
      answers(student, () => 'src'),
      '2026-02-01T10:00:00Z',
      'starter',
    )
    repo.push('2026-02-01T10:00:05Z')
    repo.commit(
      answers(student, (exercise) => {
        // Most correct, 3 in 10 untouched starters, 1 in 100 an endless loop (each costs the time limit).
        const roll = (student * 7 + exercise * 3) % 100
        return roll === 0 ? 'loop' : roll <= 30 ? 'src' : 'solution'
      }),
      '2026-02-28T20:00:00Z',
      'answers',
    )
    repo.push('2026-02-28T20:00:05Z')
    if (student % 5 === 0) {
      repo.commit(
        answers(student, () => 'solution'),
        '2026-03-02T09:00:00Z',
        'late',
      )
      repo.push('2026-03-02T09:00:05Z')
    }
    repositories.push(repo.repository)
    changes[repo.name] = repo.changes
  }
  return { repositories, changes }
}

function timed<T>(what: string, run: () => T): { result: T; seconds: number } {
  const started = performance.now()
  const result = run()
  const seconds = (performance.now() - started) / 1000
  log(`${what}: ${seconds.toFixed(1)} s (load ${load()})`)
  return { result, seconds }
}

function node(args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`)
}

/** What differs between two gradebooks: grades.csv's cells, then each differing test's verdict. */
function differences(one: string, other: string): string[] {
  const rows = (dir: string) =>
    new Map(
      (parse(readFileSync(path.join(dir, 'grades.csv'), 'utf8')) as string[][]).map((row) => [
        row[0] as string,
        row,
      ]),
    )
  const [a, b] = [rows(one), rows(other)]
  const header = a.get('student') ?? []
  const found: string[] = []
  for (const [student, row] of a) {
    const cells = header.flatMap((column, i) =>
      row[i] === b.get(student)?.[i] ? [] : [`${column} ${row[i]} vs ${b.get(student)?.[i]}`],
    )
    if (cells.length > 0) found.push(`${student}: ${cells.join(', ')}`)
  }
  // Per test, from each student's Exercism results (the folder names are the same in both).
  type Tests = Array<{ name: string; status: string; message: string | null }>
  const tests = (file: string): Tests =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { tests: Tests }).tests : []
  for (const folder of readdirSync(one)) {
    const results = path.join(one, folder, 'results')
    if (!existsSync(results)) continue
    for (const file of readdirSync(results)) {
      const theirs = new Map(
        tests(path.join(other, folder, 'results', file)).map((test) => [test.name, test]),
      )
      const differing = tests(path.join(results, file)).flatMap((test) => {
        const their = theirs.get(test.name)
        return their?.status === test.status && their.message === test.message
          ? []
          : [
              `  ${folder} ${file} "${test.name}": ${test.status} (${test.message}) vs ${their?.status} (${their?.message})`,
            ]
      })
      // A whole exercise in error repeats one message for every test: the first few say it.
      found.push(...differing.slice(0, 3))
      if (differing.length > 3) found.push(`  ${folder} ${file}: ${differing.length - 3} more`)
    }
  }
  return found
}

let keep = false
try {
  log(
    `machine: load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')}; ${size} students × ${exercises.length} exercises, ${runners} runners`,
  )
  const made = timed(`generate ${size} repositories`, makeClass)
  const collected = path.join(work, 'collected')
  const started = performance.now()
  const { rows } = await collect({
    github: fakeGitHub(made.result),
    org: ORG,
    prefix: PREFIX,
    deadline: parseDeadline(DEADLINE),
    outDir: collected,
  })
  const collectSeconds = (performance.now() - started) / 1000
  log(
    `collect ${rows.length} repositories at the deadline: ${collectSeconds.toFixed(1)} s (load ${load()})`,
  )

  const only = [
    ...['--exercises', exercises.map((exercise) => exercise.slug).join(',')],
    ...['--timeout', values.timeout],
  ]
  const single = timed('one machine: grade the class', () =>
    node([classroomBin, 'grade', collected, '--out', path.join(work, 'single'), ...only]),
  )
  const parts = Array.from({ length: runners }, (_, i) =>
    timed(`runner ${i + 1} of ${runners}: grade its part`, () =>
      node([
        ...[
          gradeBin,
          path.join(collected, 'submissions'),
          '--out',
          path.join(work, `part-${i + 1}`),
        ],
        ...['--shard', `${i + 1}/${runners}`, ...only],
      ]),
    ),
  )
  const partPaths = parts.map((_, i) => path.join(work, `part-${i + 1}`))
  const merge = timed('merge the parts', () =>
    node([classroomBin, 'merge', collected, ...partPaths, '--out', path.join(work, 'merged')]),
  )
  const book = (name: string) => readFileSync(path.join(work, name, 'grades.csv'), 'utf8')
  if (book('merged') !== book('single')) {
    keep = true
    const found = differences(path.join(work, 'single'), path.join(work, 'merged'))
    throw new Error(
      `the merged gradebook differs from the one-machine one (one machine vs merged; all kept in ${work}):\n${found.join('\n')}`,
    )
  }

  const slowest = Math.max(...parts.map((part) => part.seconds))
  const matrix = collectSeconds + slowest + merge.seconds
  const oneMachine = collectSeconds + single.seconds
  const balance = slowest / single.seconds
  const target = BALANCE_SLACK / runners
  const classSize = `${size} students × ${exercises.length} exercises`
  const note = `load ${load()} at the end; parts ${parts.map((part) => part.seconds.toFixed(0)).join(', ')} s; merged gradebook = one machine's`
  console.log(
    JSON.stringify([
      {
        area: 'Instructors',
        benchmark: `collect ${size} repositories at the deadline (local bare repositories)`,
        measured: `${collectSeconds.toFixed(1)} s`,
        target: 'for reference',
        note: `${rows.filter((row) => Number(row.late) > 0).length} with late commits; on GitHub, network-bound`,
      },
      {
        area: 'Instructors',
        benchmark: `grade ${classSize}: slowest of ${runners} parts`,
        measured: `${slowest.toFixed(1)} s`,
        baseline: `${single.seconds.toFixed(1)} s on one machine`,
        ratio: `${balance.toFixed(2)}×`,
        target: `≤ ${target.toFixed(2)}× (${runners} balanced parts)`,
        ...(balance <= target
          ? { met: true }
          : { met: false, missedBy: `${(balance / target).toFixed(2)}× over` }),
        note,
      },
      {
        area: 'Instructors',
        benchmark: `${classSize} on ${runners} runners, the local equivalent (collect + slowest part + merge)`,
        measured: `${matrix.toFixed(1)} s`,
        baseline: `${oneMachine.toFixed(1)} s (collect + one machine)`,
        ratio: `${(oneMachine / matrix).toFixed(2)}× faster`,
        target: 'for reference',
        note: "runners' set-up (checkout, install, artifacts) is not in it",
      },
    ]),
  )
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true })
}
