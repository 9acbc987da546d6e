/** The subcommands for scripts and habits: list, run, hint, reset, verify. Each returns an exit code. */
import readline from 'node:readline/promises'
import type { Course, Exercise } from '@iterlings/course'
import { restoreStarter } from '../bin/starters.js'
import { Checks } from './checks.ts'
import { editorOf, openEditor } from './editor.ts'
import { exerciseInfo, exerciseInfos } from './exercises.ts'
import { firstFailure, placeOf, placeToEdit } from './outcome.ts'
import { isAvailable, Progress } from './progress.ts'
import { nextHint } from './hints.ts'
import { isFinished, type Result } from './result.ts'
import {
  counts,
  failureLines,
  hintLines,
  progressBar,
  standing,
  typeErrorLines,
  type Look,
} from './screen.ts'
import { styleFor } from './style.ts'
import { initialState, update } from './watch/state.ts'
import { view } from './watch/view.ts'

const look: Look = { style: styleFor(process.stdout), links: false, root: '' }
const print = (...lines: string[]) => process.stdout.write(lines.join('\n') + '\n')

export interface RunOptions {
  timeLimitMs: number
}

/** Runs each exercise that has no fresh result cached, then lists every exercise. */
export async function list(course: Course, options: RunOptions): Promise<number> {
  const progress = new Progress(course)
  const results = await withChecks(progress, options, async (checks) => {
    const found: Record<string, Result> = {}
    for (const exercise of course.exercises)
      if (isAvailable(exercise)) found[exercise.slug] = await checks.both(exercise)
    return found
  })
  const state = initialState(
    { tty: false, manual: false, editor: false },
    exerciseInfos(course),
    results,
    progress.hintsSeen,
    { columns: 80, rows: 24 },
  )
  const listed = update({ ...state, current: progress.current }, { type: 'key', key: 'l' }).state
  const lines = view(listed, { look: { ...look, root: course.root } }).find(
    ({ id }) => id === 'list',
  )?.lines
  print(
    ...(lines ?? []),
    '',
    progressBar(progress.doneCount(), course.exercises.length, look.style),
  )
  return 0
}

export async function run(
  course: Course,
  exercise: Exercise,
  options: RunOptions & { edit: boolean },
): Promise<number> {
  requireAvailable(exercise)
  const progress = new Progress(course)
  const result = await withChecks(progress, options, (checks) => checks.both(exercise))
  progress.current = exercise.slug
  printResult(course, exercise, result)
  const failure = result.tests && firstFailure(result.tests)
  const where = placeOf(failure) ?? result.types?.first
  if (options.edit) {
    const editor = editorOf()
    if (!editor) throw new Error('--edit needs $EDITOR (or $VISUAL) set, e.g. export EDITOR=nano')
    const { file, line, column } = placeToEdit(exercise.dir, where)
    openEditor(editor, file, line, column)
  }
  return isFinished(result) ? 0 : 1
}

export async function showHint(
  course: Course,
  exercise: Exercise,
  options: RunOptions,
): Promise<number> {
  requireAvailable(exercise)
  const progress = new Progress(course)
  const result = await withChecks(progress, options, (checks) => checks.both(exercise))
  if (isFinished(result)) {
    // A hint answers a failing task; a finished exercise has none, and counting one would be wrong.
    print(
      look.style.green(`${exercise.slug} is done: every test passes.`),
      `Its hints are all in exercises/${exercise.slug}/hints.md.`,
    )
    return 0
  }
  const answer = nextHint(
    exerciseInfo(exercise).hints,
    result,
    (task) => progress.hintsSeen[exercise.slug]?.[task] ?? 0,
  )
  if ('notice' in answer) {
    print(answer.notice)
    return 1
  }
  progress.setHintsSeen(exercise.slug, answer.hints.task, answer.seen)
  print(...hintLines({ task: answer.hints, seen: answer.seen }, look.style))
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
  const files = restoreStarter(course.root, exercise.slug)
  print(`Reset ${files.join(', ')} to the starter.`)
  return 0
}

/** Every exercise in order, stopping at the first that does not pass. */
export async function verify(course: Course, options: RunOptions): Promise<number> {
  const progress = new Progress(course)
  return withChecks(progress, options, async (checks) => {
    let passed = 0
    for (const exercise of course.exercises) {
      if (!isAvailable(exercise)) {
        print(look.style.dim(`· ${exercise.slug}: not in this copy of the course yet, skipped`))
        continue
      }
      const result = await checks.both(exercise)
      if (!isFinished(result)) {
        print(`${look.style.red('✗')} ${exercise.slug}`)
        printResult(course, exercise, result)
        return 1
      }
      passed += 1
      print(`${look.style.green('✓')} ${exercise.slug}: every test passes and the types hold`)
    }
    print('', look.style.green(`All ${passed} exercises pass.`))
    return 0
  })
}

function printResult(course: Course, exercise: Exercise, result: Result): void {
  const here = { ...look, root: course.root }
  const tests = result.tests
  if (!tests) return
  const where = standing(result, exerciseInfo(exercise).tasks.length)
  // A stopped run says why in its counts already.
  const aside = where && where !== 'done' && !tests.stop ? ` (${where})` : ''
  print(`${exercise.slug}: ${counts(tests, look.style)}${aside}`)
  const lines = [
    ...failureLines(tests, firstFailure(tests), here),
    ...typeErrorLines(result.types, here),
  ]
  if (lines.length > 0) print('', ...lines)
}

function requireAvailable(exercise: Exercise): void {
  if (!isAvailable(exercise))
    throw new Error(
      `${exercise.slug} is not in this copy of the course yet (no exercises/${exercise.slug}/src or test)`,
    )
}

async function withChecks<T>(
  progress: Progress,
  options: RunOptions,
  work: (checks: Checks) => Promise<T>,
): Promise<T> {
  const checks = new Checks(progress, options)
  try {
    return await work(checks)
  } finally {
    checks.close()
  }
}
