/**
 * Grades every submission: bundles the harness and each exercise's tests once, then for each
 * student and exercise bundles the student's code and runs it in its own sandboxed process,
 * `jobs` at a time, resuming after a test that hangs so one endless loop costs one test.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import type { Course, Exercise } from '@iterlings/course'
import {
  buildHarness,
  buildStudent,
  buildTests,
  CompileError,
  HARNESS_FILES,
  STUDENT_FILE,
  stubStudent,
  TESTS_FILE,
} from './bundle.ts'
import { detectIsolation } from './isolation.ts'
import { runSandbox, type RunOutcome, type SandboxOptions } from './sandbox.ts'
import { errorGrade, gradeRuns, type ExerciseGrade, type ExerciseInfo } from './score.ts'
import { SubmissionError, takeSources, type Submission } from './submissions.ts'

export interface GradeOptions {
  course: Course
  exercises: Exercise[]
  submissions: Submission[]
  /** Folder of `<slug>/*.test.ts` run in addition to the course's tests. */
  hiddenDir?: string
  timeoutMs: number
  memoryMb: number
  jobs: number
  /** Called after each student-exercise is graded. */
  onGraded?: (student: string, slug: string) => void
}

export interface StudentGrade {
  student: string
  exercises: ExerciseGrade[]
  total: number
}

export interface Gradebook {
  exercises: ExerciseInfo[]
  students: StudentGrade[]
  isolation: string
}

/** Hanging tests an exercise may have before the rest of it is given up (each costs a time limit). */
const MAX_RUNS = 3

export const DEFAULT_JOBS = availableParallelism()

export async function grade(options: GradeOptions): Promise<Gradebook> {
  const work = mkdtempSync(path.join(tmpdir(), 'iterlings-grade-'))
  try {
    const isolation = detectIsolation()
    const sandbox: SandboxOptions = {
      isolation,
      timeoutMs: options.timeoutMs,
      memoryMb: options.memoryMb,
    }
    const prepared = await prepare(work, options, sandbox)
    const studentGrades = new Map<string, Map<string, ExerciseGrade>>()
    const intakes = new Map<string, Promise<Intake>>()
    const jobs = options.submissions.flatMap((submission, index) =>
      prepared.map((exercise) => ({ submission, index, exercise })),
    )
    await pool(jobs, options.jobs, async ({ submission, index, exercise }) => {
      let intake = intakes.get(submission.student)
      if (!intake) {
        intake = takeIntake(work, index, submission, options.exercises)
        intakes.set(submission.student, intake)
      }
      const result = await gradeOne(work, await intake, exercise, sandbox)
      const grades = studentGrades.get(submission.student) ?? new Map<string, ExerciseGrade>()
      grades.set(exercise.info.slug, result)
      studentGrades.set(submission.student, grades)
      options.onGraded?.(submission.student, exercise.info.slug)
    })
    return {
      exercises: prepared.map((exercise) => exercise.info),
      isolation: isolation.summary,
      students: options.submissions.map(({ student }) => {
        const grades = studentGrades.get(student) as Map<string, ExerciseGrade>
        const exercises = prepared.map(({ info }) => grades.get(info.slug) as ExerciseGrade)
        const total = exercises.reduce((sum, grade) => sum + grade.earned, 0)
        return { student, exercises, total: Math.round(total * 100) / 100 }
      }),
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

interface PreparedExercise {
  info: ExerciseInfo
  /** tests.mjs for this exercise. */
  testsFile: string
}

/** The harness and each exercise's tests, bundled once; each test list from a run against a stub. */
async function prepare(
  work: string,
  options: GradeOptions,
  sandbox: SandboxOptions,
): Promise<PreparedExercise[]> {
  const harnessDir = path.join(work, 'harness')
  mkdirSync(harnessDir)
  for (const [name, code] of Object.entries(await buildHarness()))
    writeFileSync(path.join(harnessDir, name), code)
  mkdirSync(path.join(work, 'tests'))
  return Promise.all(
    options.exercises.map(async (exercise): Promise<PreparedExercise> => {
      const files = testFiles(exercise, options.hiddenDir)
      const testsFile = path.join(work, 'tests', `${exercise.slug}.mjs`)
      const tests = await buildTests({ files })
      writeFileSync(testsFile, tests)
      const where = `exercises/${exercise.slug}`
      const runDir = makeSandbox(work, `reference-${exercise.slug}`, testsFile)
      writeFileSync(path.join(runDir, STUDENT_FILE), stubStudent(tests))
      const reference = await runSandbox(runDir, [], sandbox)
      rmSync(runDir, { recursive: true, force: true })
      if (reference.loadError !== undefined || !reference.plan) {
        throw new Error(
          `${where}: the grader could not load its tests: ${reference.loadError ?? reference.stop?.detail}`,
        )
      }
      if (reference.plan.length === 0) throw new Error(`${where}: its tests define no test`)
      return {
        testsFile,
        info: {
          slug: exercise.slug,
          title: exercise.title,
          points: exercise.points,
          plan: reference.plan,
        },
      }
    }),
  )
}

/** The course's `test/*.test.ts`, then the hidden `<hidden>/<slug>/*.test.ts`; type tests are not graded. */
function testFiles(exercise: Exercise, hiddenDir: string | undefined): string[] {
  const list = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((file) => file.endsWith('.test.ts'))
          .sort()
          .map((file) => path.join(dir, file))
      : []
  const files = [...list(path.join(exercise.dir, 'test'))]
  if (hiddenDir) files.push(...list(path.join(hiddenDir, exercise.slug)))
  if (files.length === 0)
    throw new Error(`exercises/${exercise.slug}: no test/*.test.ts to grade with`)
  return files
}

interface Intake {
  dir: string
  found: Set<string>
  /** Set when the submission as a whole could not be taken (a zip-slip entry, a symbolic link…). */
  problem?: string
}

async function takeIntake(
  work: string,
  index: number,
  submission: Submission,
  exercises: Exercise[],
): Promise<Intake> {
  const dir = path.join(work, 'students', String(index))
  mkdirSync(dir, { recursive: true })
  const slugs = exercises.map((exercise) => exercise.slug)
  try {
    return { dir, found: await takeSources(submission, slugs, dir, path.join(dir, '.scratch')) }
  } catch (error) {
    if (error instanceof SubmissionError) return { dir, found: new Set(), problem: error.message }
    throw error
  }
}

/** A fresh folder holding the harness and the tests (hard links: free), for one run. */
function makeSandbox(work: string, name: string, testsFile: string): string {
  const dir = path.join(work, 'runs', name)
  mkdirSync(dir, { recursive: true })
  for (const file of HARNESS_FILES) linkSync(path.join(work, 'harness', file), path.join(dir, file))
  linkSync(testsFile, path.join(dir, TESTS_FILE))
  return dir
}

async function gradeOne(
  work: string,
  intake: Intake,
  { info, testsFile }: PreparedExercise,
  sandbox: SandboxOptions,
): Promise<ExerciseGrade> {
  if (intake.problem) return errorGrade(info, `the submission was refused: ${intake.problem}`)
  if (!intake.found.has(info.slug))
    return errorGrade(info, `exercises/${info.slug}/src/ was not found in the submission`)
  let student: string
  try {
    student = await buildStudent(path.join(intake.dir, info.slug, 'src'))
  } catch (error) {
    if (error instanceof CompileError)
      return errorGrade(info, `your code does not compile:\n${error.message}`)
    throw error
  }
  const runDir = makeSandbox(work, `${path.basename(intake.dir)}-${info.slug}`, testsFile)
  try {
    writeFileSync(path.join(runDir, STUDENT_FILE), student)
    return gradeRuns(info, await runResuming(runDir, info.plan.length, sandbox))
  } finally {
    rmSync(runDir, { recursive: true, force: true })
  }
}

/** Runs the tests; when a run is stopped inside a test, runs the rest in a fresh process. */
async function runResuming(
  runDir: string,
  testCount: number,
  sandbox: SandboxOptions,
): Promise<RunOutcome[]> {
  const runs: RunOutcome[] = []
  const skip = new Set<number>()
  while (runs.length < MAX_RUNS) {
    const run = await runSandbox(runDir, [...skip], sandbox)
    runs.push(run)
    if (run.stop?.during === undefined || run.loadError !== undefined) break
    for (const index of run.results.keys()) skip.add(index)
    skip.add(run.stop.during)
    if (skip.size >= testCount) break
  }
  return runs
}

/** Runs `work` over `items`, at most `limit` at once. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
}
