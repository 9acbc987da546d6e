/**
 * Grades every submission. Once per grading run: the sandbox host and each exercise's test files
 * are bundled, and a trusted run of the tests against a stand-in for the student's code fixes
 * what is graded. Then, `jobs` students at a time, each student's source files are read into
 * memory and all their exercises run in one sandboxed process of their own (a fresh one after any
 * stop), so no student's code can reach another's.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import path from 'node:path'
import { harnessRefusal, type Course, type Exercise } from '@iterlings/course'
import { bundleTestFile, type TestBundle } from '@iterlings/harness/bundle'
import { cleanText } from './formats/text.ts'
import { buildHost, buildPlatformFill } from './sandbox/bundle.ts'
import type { HostExercise, HostJob } from './sandbox/host.ts'
import { detectIsolation } from './sandbox/isolation.ts'
import {
  cacheHost,
  runSandboxed,
  type ExerciseRun,
  type SandboxOptions,
} from './sandbox/process.ts'
import {
  errorGrade,
  gradeRun,
  HIDDEN_PREFIX,
  sumPoints,
  type ExerciseGrade,
  type ExerciseInfo,
} from './score.ts'
import { SubmissionError, takeSources, type Sources, type Submission } from './submissions.ts'

export interface GradeOptions {
  course: Course
  exercises: Exercise[]
  submissions: Submission[]
  /** Folder of `<slug>/*.test.ts` run in addition to the course's tests. */
  hiddenDir?: string
  /** The default time limit of one test (vitest's testTimeout; a test's own timeout wins). */
  testTimeoutMs: number
  memoryMb: number
  jobs: number
  /** Called after each student-exercise is graded. */
  onGraded?: (student: string, slug: string) => void
}

export interface StudentGrade {
  student: string
  exercises: ExerciseGrade[]
  total: number
  /** Set when the submission as a whole was refused (a corrupt zip, a link out of it…). */
  problem?: string
}

export interface Gradebook {
  exercises: ExerciseInfo[]
  students: StudentGrade[]
  isolation: string
}

/**
 * Sandboxes at once: two per CPU. A student's process waits for part of its run (exercise 14's
 * tests wait real time; the grader reads its records), so one per CPU leaves the cores idle: 20
 * students on 2 cores graded at 22.1/s with 4 at once, 15.6/s with 2 and 14.7/s with 6.
 */
export const DEFAULT_JOBS = availableParallelism() * 2

interface Prepared {
  exercise: Exercise
  files: TestBundle[]
  info: ExerciseInfo
}

export async function grade(options: GradeOptions): Promise<Gradebook> {
  // Before any student is graded: a class graded 0 for the Node it ran on is no gradebook.
  for (const exercise of options.exercises) {
    const refusal = harnessRefusal(exercise)
    if (refusal)
      throw new Error(
        `${refusal}: grade it with Node ${exercise.harnessNode} or later, or leave it out with --exercises`,
      )
  }
  const work = mkdtempSync(path.join(tmpdir(), 'iterlings-grade-'))
  try {
    const fill = path.join(work, 'platform-fill.cjs')
    // esbuild builds in a process of its own: every bundle is made while the sandbox is probed.
    const built = Promise.all([
      buildPlatformFill(fill),
      buildHost(),
      bundleSetup(),
      Promise.all(
        options.exercises.map(async (exercise) => ({
          exercise,
          ...(await bundleExercise(exercise, options.hiddenDir)),
        })),
      ),
    ])
    const isolation = detectIsolation(options.memoryMb, fill)
    const [, host, setup, bundled] = await built
    const trusted: SandboxOptions = {
      isolation,
      testTimeoutMs: options.testTimeoutMs,
      memoryMb: options.memoryMb,
    }
    // The students' sandboxes start from the host's code cache, made beside the trusted run.
    const [hostCache, prepared] = await Promise.all([
      cacheHost(host, isolation),
      prepare(bundled, host, setup, trusted),
    ])
    const sandbox = { ...trusted, ...(hostCache !== undefined && { hostCache }) }
    const students = new Map<string, StudentGrade>()
    await pool(options.submissions, options.jobs, async (submission) => {
      const grades = await gradeStudent(submission, prepared, host, setup, sandbox)
      for (const grade of grades) options.onGraded?.(submission.student, grade.slug)
      students.set(submission.student, {
        student: submission.student,
        exercises: grades,
        total: sumPoints(grades.map((grade) => grade.earned)),
        ...(submission.problem ? { problem: cleanText(submission.problem) } : {}),
      })
    })
    return {
      exercises: prepared.map(({ info }) => info),
      isolation: isolation.summary,
      students: options.submissions.map(({ student }) => students.get(student) as StudentGrade),
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

async function gradeStudent(
  submission: Submission,
  prepared: Prepared[],
  host: string,
  setup: TestBundle[],
  sandbox: SandboxOptions,
): Promise<ExerciseGrade[]> {
  let sources: Sources
  try {
    sources = await takeSources(
      submission,
      prepared.map(({ info }) => info.slug),
    )
  } catch (error) {
    // Whatever went wrong reading one entry (an unreadable file, a name no call takes) is that
    // student's alone.
    const reason =
      error instanceof SubmissionError
        ? error.message
        : `it could not be read (${error instanceof Error ? error.message : String(error)})`
    submission.problem ??= reason
    return prepared.map(({ info }) => errorGrade(info, `the submission was refused: ${reason}`))
  }
  const given = prepared.filter(({ info }) => sources.has(info.slug))
  const runs = await runInParts(host, sandbox, (hidden) => ({
    testTimeoutMs: sandbox.testTimeoutMs,
    setup,
    exercises: given.flatMap(({ info, files }) => {
      const part = partOf(info, files, hidden)
      return part
        ? [{ ...part, code: { files: sources.get(info.slug) as Record<string, string> } }]
        : []
    }),
  }))
  return prepared.map(({ info }) => {
    const run = runs.get(info.slug)
    return run
      ? gradeRun(info, run)
      : errorGrade(info, `exercises/${info.slug}/src/ was not found in the submission`)
  })
}

/** An exercise's visible or hidden test files, and which of their tests the trusted plan runs. */
function partOf(
  info: ExerciseInfo,
  files: TestBundle[],
  hidden: boolean,
): Omit<HostExercise, 'code'> | undefined {
  const isPart = (file: string) => file.startsWith(HIDDEN_PREFIX) === hidden
  const part = files.filter((file) => isPart(file.name))
  if (part.length === 0) return undefined
  const plan = info.plan.filter((test) => isPart(test.file))
  return {
    slug: info.slug,
    files: part,
    run: plan.filter((test) => !test.skip).map((test) => test.name),
    skip: plan.filter((test) => test.skip).map((test) => test.name),
  }
}

/**
 * The visible tests, then the hidden ones in a process of their own: nothing the code learns from
 * a hidden test (an expected value in a failure message, say) can reach the output of a visible
 * test, the only output a student is always shown. The trusted run is split the same way, so each
 * test gets the same id (a repeated name's "(2)") there as in every student's run.
 */
async function runInParts(
  host: string,
  sandbox: SandboxOptions,
  job: (hidden: boolean) => Omit<HostJob, 'key'>,
): Promise<Map<string, ExerciseRun>> {
  const runs = new Map<string, ExerciseRun>()
  for (const part of [job(false), job(true)]) {
    if (part.exercises.length === 0) continue
    for (const [slug, run] of await runSandboxed(host, part, sandbox))
      runs.set(slug, joinRuns(runs.get(slug), run))
  }
  return runs
}

/** One exercise's visible run and then its hidden run, as one. */
function joinRuns(first: ExerciseRun | undefined, second: ExerciseRun): ExerciseRun {
  if (!first) return second
  const plan =
    first.plan || second.plan ? [...(first.plan ?? []), ...(second.plan ?? [])] : undefined
  return {
    ...(plan && { plan }),
    results: new Map([...first.results, ...second.results]),
    errors: [...first.errors, ...second.errors],
    stops: new Map([...first.stops, ...second.stops]),
    ...((first.stopped ?? second.stopped) && { stopped: first.stopped ?? second.stopped }),
  }
}

/** The sandbox loads @iterlings/platform's fill before the freeze (buildPlatformFill). */
const PLATFORM = 'preloaded'

/** The course's setup file (its matchers), as the exercises' vitest config registers it. */
async function bundleSetup(): Promise<TestBundle[]> {
  const file = createRequire(import.meta.url).resolve('@iterlings/testing/setup')
  return [
    await bundleTestFile(file, {
      resolveDir: path.dirname(file),
      name: 'setup',
      platform: PLATFORM,
    }),
  ]
}

/** Each exercise's test files, bundled, with its test list from a trusted run against a stand-in. */
async function prepare(
  bundled: Array<{ exercise: Exercise; files: TestBundle[]; sources: Map<string, string> }>,
  host: string,
  setup: TestBundle[],
  sandbox: SandboxOptions,
): Promise<Prepared[]> {
  const runs = await runInParts(host, sandbox, (hidden) => ({
    testTimeoutMs: sandbox.testTimeoutMs,
    setup,
    exercises: bundled.flatMap(({ exercise, files }) => {
      const part = files.filter((file) => file.name.startsWith(HIDDEN_PREFIX) === hidden)
      return part.length === 0
        ? []
        : [
            {
              slug: exercise.slug,
              files: part,
              code: { stub: [...new Set(part.flatMap((file) => file.imports))] },
            },
          ]
    }),
  }))
  return bundled.map(({ exercise, files, sources }) => {
    const where = `exercises/${exercise.slug}`
    const run = runs.get(exercise.slug)
    const problem = run?.errors[0]?.message ?? run?.stopped?.detail
    if (!run?.plan || problem !== undefined)
      throw new Error(`${where}: the grader could not load its tests: ${problem ?? 'no test list'}`)
    if (run.plan.length === 0) throw new Error(`${where}: its tests define no test`)
    // Results are kept by test name, so a hidden test named like a visible one would take (or
    // lose) the visible one's result: refused before anyone is graded.
    const visible = new Map(
      run.plan
        .filter((test) => !test.file.startsWith(HIDDEN_PREFIX))
        .map((test) => [test.name, test]),
    )
    const twin = run.plan.find(
      (test) => test.file.startsWith(HIDDEN_PREFIX) && visible.has(test.name),
    )
    if (twin)
      throw new Error(
        `${where}: the hidden test "${twin.name}" in ${sources.get(twin.file)} has the same name as a test in ${visible.get(twin.name)?.file}; tests are graded by name, so rename the hidden one`,
      )
    return {
      exercise,
      files,
      info: { slug: exercise.slug, title: exercise.title, points: exercise.points, plan: run.plan },
    }
  })
}

/**
 * The course's `test/*.test.ts`, then the hidden `<hidden>/<slug>/*.test.ts`; type tests are not
 * graded. `sources`: where each bundle came from, for the grader's own messages.
 */
async function bundleExercise(
  exercise: Exercise,
  hiddenDir: string | undefined,
): Promise<{ files: TestBundle[]; sources: Map<string, string> }> {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => file.endsWith('.test.ts'))
          .sort()
      : []
  const testDir = path.join(exercise.dir, 'test')
  const files = list(testDir).map((file) => ({
    file: path.join(testDir, file),
    name: `test/${file}`,
  }))
  if (hiddenDir) {
    const dir = path.join(hiddenDir, exercise.slug)
    // Numbered, not named: a student's code can see this name in a stack trace.
    files.push(
      ...list(dir).map((file, index) => ({
        file: path.join(dir, file),
        name: `${HIDDEN_PREFIX}${index + 1}.test.ts`,
      })),
    )
  }
  if (files.length === 0)
    throw new Error(`exercises/${exercise.slug}: no test/*.test.ts to grade with`)
  return {
    files: await Promise.all(
      files.map(({ file, name }) =>
        bundleTestFile(file, { resolveDir: exercise.dir, name, platform: PLATFORM }),
      ),
    ),
    sources: new Map(files.map(({ file, name }) => [name, file])),
  }
}

/** Runs `work` over `items`, at most `limit` at once. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
}
