/**
 * iterlings-grade <submissions> --out <dir> [options]   grade a class
 * iterlings-grade merge <gradebook>... --out <dir>      join the gradebooks of --shard runs
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import {
  findCourseRoot,
  findExercise,
  loadCourse,
  type Course,
  type Exercise,
} from '@iterlings/course'
import pc from 'picocolors'
import { DEFAULT_JOBS, grade } from './grade.ts'
import { HIDDEN_FEEDBACK, type HiddenFeedback } from './formats/hidden.ts'
import { FORMATS, mergeGradebooks, writeGradebook, type Format } from './output.ts'
import { progress } from './progress.ts'
import { shownId, visible } from './formats/text.ts'
import { listSubmissions } from './submissions.ts'

const USAGE = `usage: iterlings-grade <submissions> --out <dir> [options]
       iterlings-grade merge <gradebook>... --out <dir>

  <submissions>        a folder with one entry per student, named after the student: a copy of
                       the course, or its exercises/ folder, or a .zip of either
  --out <dir>          where the gradebook goes; replaced as a whole once grading is complete
  --hidden <dir>       more tests, <dir>/<slug>/*.test.ts, that students never saw
  --timeout <seconds>  time limit of one test, unless the test sets its own (default 5, as vitest)
  --memory <MB>        heap limit of one student's process (default 256); Linux also bounds
                       memory outside the heap at this plus 256 MB
  --hidden-feedback <none|names|full>
                       what students see of the hidden tests: how many passed and their points
                       (none, the default), also each one's name and verdict, or everything
  --jobs <n>           runs at once (default ${DEFAULT_JOBS}, two per CPU)
  --exercises <a,b>    only these exercises (default: every exercise of course.json that exists)
  --format <a,b>       extra formats: ${FORMATS.join(', ')}
  --shard <i/n>        grade only the i-th of n parts of the class; join the parts with merge
  --course <dir>       the course to grade with (default: the one around the current folder)`

/** Paths on the command line are relative to where the user typed it, also under `pnpm grade`. */
const here = process.env.INIT_CWD ?? process.cwd()
const resolve = (value: string) => path.resolve(here, value)

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      hidden: { type: 'string' },
      'hidden-feedback': { type: 'string', default: 'none' },
      timeout: { type: 'string', default: '5' },
      memory: { type: 'string', default: '256' },
      jobs: { type: 'string', default: String(DEFAULT_JOBS) },
      exercises: { type: 'string' },
      format: { type: 'string', default: '' },
      shard: { type: 'string' },
      course: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (!values.out) throw new UsageError('--out <dir> is required: the folder the gradebook goes to')
  const outDir = resolve(values.out)

  if (positionals[0] === 'merge') {
    const shards = positionals.slice(1).map(resolve)
    if (shards.length === 0) throw new UsageError('merge needs the gradebook folders of the shards')
    const count = mergeGradebooks(shards, outDir)
    console.log(`merged ${shards.length} gradebooks, ${count} students, into ${outDir}`)
    return 0
  }
  if (positionals.length !== 1)
    throw new UsageError('pass exactly one submissions folder (quote a path with spaces)')
  const submissionsDir = resolve(positionals[0] as string)
  if (!path.relative(submissionsDir, outDir).startsWith('..'))
    throw new UsageError(
      `--out ${outDir} is inside the submissions folder; put the gradebook elsewhere`,
    )
  // Replacing the old gradebook would delete the submissions with it.
  if (!path.relative(outDir, submissionsDir).startsWith('..'))
    throw new UsageError(
      `--out ${outDir} holds the submissions folder; put the gradebook elsewhere`,
    )
  const hiddenFeedback = values['hidden-feedback'] as HiddenFeedback
  if (!HIDDEN_FEEDBACK.includes(hiddenFeedback))
    throw new UsageError(
      `--hidden-feedback ${hiddenFeedback}: choose from ${HIDDEN_FEEDBACK.join(', ')}`,
    )

  const course = loadCourse(values.course ? resolve(values.course) : findCourseRoot(here))
  const exercises = selectExercises(course, values.exercises)
  const hiddenDir = values.hidden ? resolve(values.hidden) : undefined
  if (hiddenDir && !(existsSync(hiddenDir) && statSync(hiddenDir).isDirectory()))
    throw new UsageError(`--hidden ${hiddenDir}: no such folder`)
  const formats = parseFormats(values.format)
  let submissions = listSubmissions(submissionsDir)
  if (values.shard) {
    const { index, count } = parseShard(values.shard)
    submissions = submissions.filter((_, position) => position % count === index - 1)
  }
  if (submissions.length === 0) throw new UsageError(`${submissionsDir} holds no submissions`)
  for (const { student, problem } of submissions)
    if (problem)
      console.error(
        pc.yellow(`${shownId(student)}: ${visible(problem)} (graded 0, with this reason)`),
      )

  const bar = progress(submissions.length * exercises.length)
  const started = performance.now()
  const book = await grade({
    course,
    exercises,
    submissions,
    ...(hiddenDir ? { hiddenDir } : {}),
    testTimeoutMs: positiveNumber('--timeout', values.timeout) * 1000,
    memoryMb: positiveNumber('--memory', values.memory),
    jobs: positiveNumber('--jobs', values.jobs),
    onGraded: (student, slug) => bar.tick(student, slug),
  })
  for (const warning of writeGradebook(outDir, book, course.title, formats, hiddenFeedback))
    console.error(pc.yellow(warning))
  const seconds = (performance.now() - started) / 1000
  console.log(pc.dim(book.isolation))
  console.log(
    `graded ${submissions.length} students × ${exercises.length} exercises in ${seconds.toFixed(1)} s; gradebook in ${outDir}`,
  )
  return 0
}

function selectExercises(course: Course, list: string | undefined): Exercise[] {
  if (!list) {
    const present = course.exercises.filter((exercise) =>
      existsSync(path.join(exercise.dir, 'test')),
    )
    if (present.length === 0)
      throw new UsageError(`${course.root}: no exercise folders to grade with`)
    return present
  }
  return list.split(',').map((name) => {
    const exercise = findExercise(course, name.trim())
    if (!existsSync(path.join(exercise.dir, 'test')))
      throw new UsageError(`exercises/${exercise.slug} is in course.json but has no tests yet`)
    return exercise
  })
}

function parseFormats(list: string): Format[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  for (const name of names)
    if (!(FORMATS as readonly string[]).includes(name))
      throw new UsageError(`--format ${name}: unknown; choose from ${FORMATS.join(', ')}`)
  return names as Format[]
}

function parseShard(text: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 2/4`)
  return { index, count }
}

function positiveNumber(flag: string, text: string): number {
  const value = Number(text)
  if (!(value > 0) || !Number.isFinite(value))
    throw new UsageError(`${flag} ${text}: expected a number greater than 0`)
  return value
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  // A message may quote a name from the submissions.
  const message = visible(error instanceof Error ? error.message : String(error))
  console.error(pc.red(`iterlings-grade: ${message}`))
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
  )
    console.error(`\n${USAGE}`)
  process.exitCode = 2
}
