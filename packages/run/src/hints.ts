/**
 * Hints one at a time, for the task the student is stuck on: the first failing task, and no other.
 * Every screen that gives hints (the CLI's `h` and `hint`, the site's exercise panel) asks here,
 * so a hint is spent, or refused, for the same reasons everywhere. Browser-safe.
 */
import type { TaskHints } from '@iterlings/course'
import { firstFailure, isDone, type RunOutcome } from './outcome.ts'

export type HintAnswer =
  | { notice: string }
  /** One more hint of `hints` to show: `seen` of them, counting it. */
  | { hints: TaskHints; seen: number }

/** The hints of a task (numbered as the tests' describe blocks: "3. take"). */
export const hintsOfTask = (all: TaskHints[], task: number) =>
  all.find((hints) => Number(hints.task.split('.')[0]) === task)

/**
 * What asking for a hint gives after this run: one more hint of the task that fails first, or why
 * there is none (done, only a type error left, or nothing could run: no task's hints are spent).
 * `finished` is the screen's own word on done: every test passes and the types check.
 */
export function nextHint(
  all: TaskHints[],
  tests: RunOutcome,
  seen: (task: string) => number,
  finished = isDone(tests),
): HintAnswer {
  if (finished) return { notice: 'Every test passes: no hint needed.' }
  const failure = firstFailure(tests)
  if (tests.stop || failure?.kind === 'error')
    return {
      notice:
        'No hint yet: the tests could not run (see above). Fix that first; hints are for a failing task.',
    }
  if (!failure)
    return {
      notice:
        'Every test passes: the type error above is what is left. Hints are for failing tests.',
    }
  const { task } = failure.test
  if (task === undefined)
    return { notice: 'The failing test belongs to no task, so no hint is for it: see hints.md.' }
  const hints = hintsOfTask(all, task)
  if (!hints)
    return { notice: 'hints.md has no hints for this task: its README section explains it.' }
  return { hints, seen: Math.min(seen(hints.task) + 1, hints.hints.length) }
}
