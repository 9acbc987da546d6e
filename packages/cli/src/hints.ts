/** Hints one at a time, for the task the student is stuck on: the first failing task, and no other. */
import type { TaskHints } from '@iterlings/course'
import { firstFailure } from './outcome.ts'
import { isFinished, type Result } from './result.ts'

export type HintAnswer =
  | { notice: string }
  /** One more hint of `hints` to show: `seen` of them, counting it. */
  | { hints: TaskHints; seen: number }

/** The hints of a task (numbered as the tests' describe blocks: "3. take"). */
export const hintsOfTask = (all: TaskHints[], task: number) =>
  all.find((hints) => Number(hints.task.split('.')[0]) === task)

/**
 * What `h` gives for this result: one more hint of the task that fails first, or why there is
 * none (still running, done, only a type error left, or nothing could run: no task's hints are spent).
 */
export function nextHint(
  all: TaskHints[],
  result: Result | undefined,
  seen: (task: string) => number,
): HintAnswer {
  if (!result?.tests) return { notice: 'The tests are still running: press h again in a moment.' }
  if (isFinished(result)) return { notice: 'Every test passes: no hint needed.' }
  const failure = firstFailure(result.tests)
  if (result.tests.stop || failure?.kind === 'error')
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
