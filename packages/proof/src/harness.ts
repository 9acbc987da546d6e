/**
 * The harness column: the grader and the browser run the tests through @iterlings/harness, not
 * vitest; every target's verdict per test there must be vitest's, or a student would be graded
 * (or told) something the course's own `pnpm test` does not say.
 */
import { runTargets } from '@iterlings/harness/exercise'
import type { RunOutcome } from '@iterlings/run'
import type { TargetOutcome } from './outcome.ts'

export interface HarnessVerdict {
  /** Targets whose every verdict agrees with vitest's. */
  agreed: number
  targets: number
  problems: string[]
}

/** Every target's outcome in the harness. */
export async function runInHarness(
  exerciseDir: string,
  targets: string[],
): Promise<TargetOutcome[]> {
  const outcomes = await runTargets(exerciseDir, targets)
  return targets.map((target) => ({ target, outcome: outcomes.get(target) as RunOutcome }))
}

/** vitest's runs against the harness's runs of the same targets (and maybe more). */
export function compareWithHarness(
  slug: string,
  runs: TargetOutcome[],
  harnessRuns: TargetOutcome[],
): HarnessVerdict {
  const where = `exercises/${slug}`
  const problems: string[] = []
  let agreed = 0
  for (const { target, outcome } of runs) {
    const harness = harnessRuns.find((run) => run.target === target)?.outcome
    const verdicts = new Map(harness?.tests.map((test) => [test.name, test.status]))
    const before = problems.length
    if (harness?.stop)
      problems.push(`${where}: the harness did not finish ${target} (${harness.stop.detail})`)
    for (const test of outcome.tests) {
      const verdict = verdicts.get(test.name)
      if (verdict !== test.status)
        problems.push(
          `${where}: on ${target}, \`${test.name}\` is ${test.status} under vitest but ${verdict ?? 'missing'} under the harness (the grader's verdict); make the harness agree`,
        )
    }
    for (const name of verdicts.keys())
      if (!outcome.tests.some((test) => test.name === name))
        problems.push(`${where}: on ${target}, the harness ran \`${name}\`, which vitest did not`)
    if (problems.length === before) agreed += 1
  }
  return { agreed, targets: runs.length, problems }
}
