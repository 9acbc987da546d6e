/**
 * How fast the grader grades a class, beside the floor (one sandboxed `node -e 0` per
 * student-exercise: what any grader that starts a process per student-exercise pays at least) and
 * the naive way (`pnpm test` in each exercise of each student), measured in the same run.
 *
 *   tsx bench/throughput.ts [--students 100] [--sizes 10,100,300] [--naive-sample 6] [--exercises 01,03] [--loops]
 *
 * Generates a mixed class from each exercise's solution/ (correct), mistakes/ (partial) and src/
 * (starter), and with --loops a few endless loops (each costs a test's time limit), grades it with
 * the grader's default --jobs, times the floor on as many sandboxed starts (as many at a time),
 * then `pnpm test` on a sample of the same student-exercises and extrapolates (the naive way is far
 * too slow to run on the whole class). Human-readable lines go to stderr; the rows for `pnpm bench`
 * are the last line of stdout, as JSON.
 */
import { spawn } from 'node:child_process'
import { detectIsolation } from '../src/sandbox/isolation.ts'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { findCourseRoot, loadCourse, type Exercise } from '@iterlings/course'
import { killGroup, spawnGroup } from '@iterlings/run/process'
import { DEFAULT_JOBS, grade } from '../src/grade.ts'
import { listSubmissions } from '../src/submissions.ts'

/** Student-exercises per second the grader should reach on 2 cores. */
const TARGET_RATE = 30
/** How much slower per student-exercise a larger class may grade and still count as linear. */
const LINEAR_TARGET = 1.2

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '100' },
    sizes: { type: 'string', default: '10,100,300' },
    'naive-sample': { type: 'string', default: '6' },
    timeout: { type: 'string', default: '3' },
    exercises: { type: 'string' },
    loops: { type: 'boolean', default: false },
  },
})

const course = loadCourse(findCourseRoot(import.meta.dirname))
const wanted = values.exercises?.split(',')
const exercises = course.exercises.filter(
  (exercise) =>
    existsSync(path.join(exercise.dir, 'solution')) &&
    (!wanted || wanted.some((prefix) => exercise.slug.startsWith(prefix))),
)
const jobs = DEFAULT_JOBS
const timeoutMs = Number(values.timeout) * 1000
const log = (line: string) => process.stderr.write(`${line}\n`)
const work = mkdtempSync(path.join(tmpdir(), 'iterlings-bench-'))

type Kind = 'correct' | 'partial' | 'starter' | 'timeout'

/** Mostly correct and partial answers, some untouched starters; with --loops, one endless loop in 33. */
function kindOf(student: number, exercise: number): Kind {
  const roll = (student * 7 + exercise * 3) % 33
  if (roll === 0) return values.loops ? 'timeout' : 'starter'
  if (roll < 8) return 'starter'
  if (roll < 20) return 'partial'
  return 'correct'
}

function writeAnswer(src: string, exercise: Exercise, kind: Kind, student: number): void {
  const from = kind === 'starter' ? 'src' : 'solution'
  cpSync(path.join(exercise.dir, from), src, { recursive: true })
  if (kind === 'timeout') writeFileSync(path.join(src, 'index.ts'), `for (;;) {}\n`, { flag: 'a' })
  if (kind === 'partial') {
    const mistakes = readdirSync(path.join(exercise.dir, 'mistakes')).filter((file) =>
      file.endsWith('.ts'),
    )
    const mistake = mistakes[student % mistakes.length] as string
    cpSync(path.join(exercise.dir, 'solution'), path.join(src, 'solution'), { recursive: true })
    const code = readFileSync(path.join(exercise.dir, 'mistakes', mistake), 'utf8')
    writeFileSync(path.join(src, 'index.ts'), code.replaceAll('../solution/', './solution/'))
  }
}

function makeClass(
  dir: string,
  size: number,
): Array<{ src: string; exercise: Exercise; kind: Kind }> {
  const made = []
  for (let student = 0; student < size; student += 1) {
    for (const [index, exercise] of exercises.entries()) {
      const kind = kindOf(student, index)
      const src = path.join(
        dir,
        `student ${String(student).padStart(3, '0')}`,
        'exercises',
        exercise.slug,
        'src',
      )
      writeAnswer(src, exercise, kind, student)
      made.push({ src, exercise, kind })
    }
  }
  return made
}

async function timeGrading(size: number) {
  const dir = path.join(work, `class-${size}`)
  const made = makeClass(dir, size)
  const started = performance.now()
  const book = await grade({
    course,
    exercises,
    submissions: listSubmissions(dir),
    testTimeoutMs: timeoutMs,
    memoryMb: 256,
    jobs,
  })
  const seconds = (performance.now() - started) / 1000
  const graded = book.students.length * exercises.length
  log(
    `grader: ${size} students × ${exercises.length} exercises = ${graded} in ${seconds.toFixed(1)} s ` +
      `(${(graded / seconds).toFixed(1)}/s)`,
  )
  return { made, graded, seconds }
}

/** `pnpm test` in the exercise, pointed at the student's src/ (the same switch the proof uses). */
function naiveRun(src: string, exercise: Exercise): Promise<number> {
  const started = performance.now()
  const child = spawnGroup('pnpm', ['test'], {
    cwd: exercise.dir,
    env: { ...process.env, ITERLINGS_TARGET: src },
    stdio: 'ignore',
  })
  const timer = setTimeout(() => killGroup(child.pid), timeoutMs * 10)
  return new Promise((resolve) =>
    child.on('close', () => {
      clearTimeout(timer)
      resolve((performance.now() - started) / 1000)
    }),
  )
}

/** `count` sandboxed `node -e 0`, `jobs` at a time, with the grader's own wrapper and flags. */
async function timeFloor(count: number): Promise<number> {
  const isolation = detectIsolation(256)
  const [command, ...args] = [
    ...isolation.wrapper,
    process.execPath,
    ...isolation.nodeFlags,
    '-e',
    '0',
  ]
  const once = () =>
    new Promise<void>((resolve) =>
      spawn(command as string, args, { stdio: 'ignore' }).on('close', () => resolve()),
    )
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: jobs }, async () => {
      while (next++ < count) await once()
    }),
  )
  return count / ((performance.now() - started) / 1000)
}

try {
  log(
    `machine: ${availableParallelism()} CPUs, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')}; ` +
      `exercises: ${exercises.map((exercise) => exercise.slug.slice(0, 2)).join(' ')}; jobs ${jobs}; time limit ${timeoutMs / 1000} s`,
  )
  const main = await timeGrading(Number(values.students))
  const rate = main.graded / main.seconds
  const timeouts = main.made.filter(({ kind }) => kind === 'timeout').length
  const floorRate = await timeFloor(Math.min(main.graded, 400))
  log(
    `floor: one sandboxed node -e 0 per student-exercise, ${jobs} at a time: ${floorRate.toFixed(1)}/s ` +
      `(the grader runs one process per student, so it can beat this)`,
  )

  const sample = main.made
    .filter(({ kind }) => kind !== 'timeout')
    .filter((_, index, all) => index % Math.ceil(all.length / Number(values['naive-sample'])) === 0)
  let naiveSeconds = 0
  for (const { src, exercise } of sample) naiveSeconds += await naiveRun(src, exercise)
  // The naive loop runs one vitest at a time: vitest itself already uses every CPU for its forks.
  const naiveRate = sample.length / naiveSeconds
  log(
    `naive: pnpm test on ${sample.length} of those student-exercises, one after another: ` +
      `${(naiveSeconds / sample.length).toFixed(2)} s each, ${naiveRate.toFixed(2)}/s (extrapolated to the class: ` +
      `${(main.graded / naiveRate / 60).toFixed(1)} min); time-outs left out of the sample, which flatters the naive way`,
  )

  const growth: Array<{ size: number; graded: number; seconds: number }> = []
  for (const size of values.sizes.split(',').map(Number)) {
    const { graded, seconds } = size === Number(values.students) ? main : await timeGrading(size)
    growth.push({ size, graded, seconds })
  }
  const perSubmission = ({ graded, seconds }: { graded: number; seconds: number }) =>
    (seconds * 1000) / graded
  log(
    `growth: ${growth.map((run) => `${run.size}: ${run.seconds.toFixed(1)} s (${perSubmission(run).toFixed(0)} ms each)`).join(', ')}`,
  )
  const smallest = growth[0]

  const rows = [
    {
      area: 'Instructors',
      benchmark: `grade ${main.graded} student-exercises`,
      measured: `${rate.toFixed(1)} /s`,
      baseline: `${naiveRate.toFixed(2)} /s (pnpm test each, ${sample.length} sampled)`,
      ratio: `${(rate / naiveRate).toFixed(1)}×`,
      target: `≥ ${TARGET_RATE} /s on 2 cores`,
      ...(rate >= TARGET_RATE
        ? { met: true }
        : { met: false, missedBy: `${(TARGET_RATE / rate).toFixed(2)}× short` }),
      note: `${jobs} jobs, load ${loadavg()[0]?.toFixed(1)}; floor ${floorRate.toFixed(1)} /s (a sandboxed node -e 0 each)${timeouts ? `; ${timeouts} endless loops, each stopped at the ${timeoutMs / 1000} s limit` : ''}`,
    },
    {
      area: 'Instructors',
      benchmark: 'the floor: one sandboxed node -e 0 per student-exercise',
      measured: `${floorRate.toFixed(1)} /s`,
      target: 'for reference',
    },
    // Linear growth: the time per student-exercise stays that of the smallest class (or drops,
    // as the fixed start-up spreads over more work).
    ...growth.map((run) => {
      const ratio = perSubmission(run) / perSubmission(smallest ?? run)
      return {
        area: 'Instructors',
        benchmark: `grade a class of ${run.size} (${run.graded} student-exercises)`,
        measured: `${perSubmission(run).toFixed(0)} ms each (${run.seconds.toFixed(1)} s)`,
        ...(run === smallest
          ? { target: 'for reference' }
          : {
              baseline: `${perSubmission(smallest ?? run).toFixed(0)} ms each, class of ${smallest?.size}`,
              ratio: `${ratio.toFixed(2)}×`,
              target: `linear: ≤ ${LINEAR_TARGET}× per student-exercise`,
              ...(ratio <= LINEAR_TARGET
                ? { met: true }
                : { met: false, missedBy: `${(ratio / LINEAR_TARGET).toFixed(2)}× over` }),
            }),
      }
    }),
  ]
  console.log(JSON.stringify(rows))
} finally {
  rmSync(work, { recursive: true, force: true })
}
