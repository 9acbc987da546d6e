/**
 * The harness column: the grader and the browser run the tests through @iterlings/harness, not
 * vitest; every target's verdict per test there must be vitest's, or a student would be graded
 * (or told) something the course's own `pnpm test` does not say.
 */
import { runTargets } from '@iterlings/harness/exercise'
import type { TargetOutcome } from './outcome.ts'

export interface HarnessVerdict {
  /** Targets whose every verdict agrees with vitest's. */
  agreed: number
  targets: number
  problems: string[]
}

export async function compareWithHarness(
  slug: string,
  exerciseDir: string,
  runs: TargetOutcome[],
): Promise<HarnessVerdict> {
  const where = `exercises/${slug}`
  const harnessRuns = await runTargets(
    exerciseDir,
    runs.map((run) => run.target),
  )
  const problems: string[] = []
  let agreed = 0
  for (const { target, outcome } of runs) {
    const harness = harnessRuns.get(target)
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
