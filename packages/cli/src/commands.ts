/** The subcommands for scripts and habits: list, run, hint, reset, verify. Each returns an exit code. */
import readline from 'node:readline/promises'
import type { Course, Exercise } from '@iterlings/course'
import { hint } from './hints.ts'
import { isAvailable, Progress } from './progress.ts'
import { TestRunner } from './runner.ts'
import { counts, explain, hintLines, listLines, progressBar, statusOf } from './screen.ts'
import { restoreStarter } from './starter.ts'
import { styleFor } from './style.ts'
import { isDone, type RunSummary } from './summary.ts'

const style = styleFor(process.stdout)
const print = (...lines: string[]) => process.stdout.write(lines.join('\n') + '\n')

export interface RunOptions {
  timeLimitMs: number
}

/** Runs the tests of each exercise that has no fresh result cached, then lists every exercise. */
export async function list(course: Course, options: RunOptions): Promise<number> {
  const progress = new Progress(course)
  await withRunner(options, async (runner) => {
    for (const exercise of course.exercises) {
      if (isAvailable(exercise) && !progress.cached(exercise))
        await progress.test(exercise, () => runner.run(exercise))
    }
  })
  print(
    ...listLines(
      course.exercises.map((exercise) => ({
        exercise,
        status: statusOf(progress.cached(exercise), isAvailable(exercise)),
        summary: progress.cached(exercise),
      })),
      style,
    ),
    '',
    progressBar(progress.doneCount(), course.exercises.length, style),
  )
  return 0
}

export async function run(
  course: Course,
  exercise: Exercise,
  options: RunOptions,
): Promise<number> {
  requireAvailable(exercise)
  const summary = await withRunner(options, (runner) =>
    new Progress(course).test(exercise, () => runner.run(exercise)),
  )
  printSummary(course, summary, options)
  return isDone(summary) ? 0 : 1
}

export async function showHint(
  course: Course,
  exercise: Exercise,
  options: RunOptions,
): Promise<number> {
  requireAvailable(exercise)
  const progress = new Progress(course)
  let summary = progress.cached(exercise)
  if (!summary) {
    summary = await withRunner(options, (runner) =>
      progress.test(exercise, () => runner.run(exercise)),
    )
  }
  if (isDone(summary)) {
    // A hint answers a failing task; a finished exercise has none, and counting one would be wrong.
    print(
      style.green(`${exercise.slug} is done: every test passes.`),
      `Its hints are all in exercises/${exercise.slug}/hints.md.`,
    )
    return 0
  }
  print(...hintLines(hint(progress, exercise, summary.firstFailure?.task, { more: true }), style))
  return 0
}

export async function reset(
  course: Course,
  exercise: Exercise,
  { yes }: { yes: boolean },
): Promise<number> {
  requireAvailable(exercise)
  const what = `exercises/${exercise.slug}/src`
  if (!yes) {
    if (!process.stdin.isTTY) {
      throw new Error(
        `reset overwrites your code in ${what}; add --yes to do it without being asked`,
      )
    }
    const prompt = readline.createInterface({ input: process.stdin, output: process.stdout })
    const answer = await prompt.question(
      `Reset ${what} to the starter? Your changes there will be lost. [y/N] `,
    )
    prompt.close()
    if (answer.trim().toLowerCase() !== 'y') {
      print('Reset cancelled: your code is as it was.')
      return 1
    }
  }
  const files = restoreStarter(course, exercise)
  print(`Reset ${files.join(', ')} to the starter.`)
  return 0
}

/** Every exercise in order, stopping at the first that does not pass. */
export async function verify(course: Course, options: RunOptions): Promise<number> {
  const progress = new Progress(course)
  return withRunner(options, async (runner) => {
    let passed = 0
    for (const exercise of course.exercises) {
      if (!isAvailable(exercise)) {
        print(style.dim(`· ${exercise.slug}: not in this copy of the course yet, skipped`))
        continue
      }
      const summary = await progress.test(exercise, () => runner.run(exercise))
      if (!isDone(summary)) {
        print(`${style.red('✗')} ${exercise.slug}`)
        printSummary(course, summary, options)
        return 1
      }
      passed += 1
      print(`${style.green('✓')} ${exercise.slug}: ${summary.passed} tests pass`)
    }
    print('', style.green(`All ${passed} exercises pass.`))
    return 0
  })
}

function printSummary(course: Course, summary: RunSummary, options: RunOptions): void {
  print(`${summary.slug}: ${counts(summary, style)}`)
  const lines = explain(summary, course.root, style, options.timeLimitMs)
  if (lines.length > 0) print('', ...lines)
}

function requireAvailable(exercise: Exercise): void {
  if (!isAvailable(exercise))
    throw new Error(
      `${exercise.slug} is not in this copy of the course yet (no exercises/${exercise.slug}/src or test)`,
    )
}

async function withRunner<T>(
  options: RunOptions,
  work: (runner: TestRunner) => Promise<T>,
): Promise<T> {
  const runner = new TestRunner({ timeLimitMs: options.timeLimitMs })
  try {
    return await work(runner)
  } finally {
    runner.close()
  }
}
