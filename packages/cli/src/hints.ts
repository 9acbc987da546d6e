/**
 * Hints one at a time, for the task the student is stuck on, as @iterlings/run chooses them for
 * every screen; the CLI adds only what a result that is still coming in means.
 */
import type { TaskHints } from '@iterlings/course'
import { hintsOfTask, nextHint as nextHintOfRun, type HintAnswer } from '@iterlings/run'
import { isFinished, type Result } from './result.ts'

export { hintsOfTask, type HintAnswer }

/** What `h` gives for this result (see @iterlings/run's nextHint), or to wait for the tests. */
export function nextHint(
  all: TaskHints[],
  result: Result | undefined,
  seen: (task: string) => number,
): HintAnswer {
  if (!result?.tests) return { notice: 'The tests are still running: press h again in a moment.' }
  return nextHintOfRun(all, result.tests, seen, isFinished(result))
}
