/** The harness column: every target's verdict per test in the harness, as the grader runs it. */
import { runTargets } from '@iterlings/harness/exercise'
import type { RunOutcome } from '@iterlings/run'
import { disagreements, type Agreement, type Runner } from './agreement.ts'
import type { TargetOutcome } from './outcome.ts'

/** Every target's outcome in the harness. */
export async function runInHarness(
  exerciseDir: string,
  targets: string[],
): Promise<TargetOutcome[]> {
  const outcomes = await runTargets(exerciseDir, targets)
  return targets.map((target) => ({ target, outcome: outcomes.get(target) as RunOutcome }))
}

const HARNESS: Runner = {
  name: "the harness (the grader's verdict)",
  fix: 'make the harness agree',
}

const byName = (outcome: RunOutcome) =>
  new Map(outcome.tests.map((test) => [test.name, test.status]))

/** vitest's runs against the harness's runs of the same targets (and maybe more). */
export function compareWithHarness(
  slug: string,
  runs: TargetOutcome[],
  harnessRuns: TargetOutcome[],
): Agreement {
  const where = `exercises/${slug}`
  const problems: string[] = []
  let agreed = 0
  for (const { target, outcome } of runs) {
    const harness = harnessRuns.find((run) => run.target === target)?.outcome
    const found = disagreements(where, target, byName(outcome), harness && byName(harness), HARNESS)
    if (harness?.stop)
      found.unshift(`${where}: the harness did not finish ${target} (${harness.stop.detail})`)
    problems.push(...found)
    if (found.length === 0) agreed += 1
  }
  return { agreed, targets: runs.length, problems }
}
