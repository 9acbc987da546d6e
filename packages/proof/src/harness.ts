/**
 * The harness column: the grader and the browser run the tests through @iterlings/harness, not
 * vitest; every target's verdict per test there must be vitest's, or a student would be graded
 * (or told) something the course's own `pnpm test` does not say.
 */
import { runTargets } from '@iterlings/harness/exercise'
import type { TestStatus } from '@iterlings/harness'
import type { RunOutcome } from '@iterlings/run'
import type { TargetOutcome } from './outcome.ts'

export interface HarnessVerdict {
  /** Targets whose every verdict agrees with vitest's. */
  agreed: number
  targets: number
  problems: string[]
}

/** How long the harness may run a target that vitest saw stopped by one test's time limit. */
const STOPPED_TARGET_MS = 60_000

export async function compareWithHarness(
  slug: string,
  exerciseDir: string,
  runs: TargetOutcome[],
): Promise<HarnessVerdict> {
  const where = `exercises/${slug}`
  // A target that loops forever in a test blocks the harness's child until it is killed, so each
  // runs alone, and must be seen stuck in the same test.
  const endless = runs.filter(({ outcome }) => stoppedIn(outcome) !== undefined)
  const finishing = runs.filter((run) => !endless.includes(run))
  // One after the other: a spinning child takes a whole core, and the machine has two.
  const results = [
    await runTargets(
      exerciseDir,
      finishing.map((run) => run.target),
    ),
  ]
  for (const run of endless)
    results.push(await runTargets(exerciseDir, [run.target], STOPPED_TARGET_MS))
  const problems: string[] = []
  let agreed = 0
  for (const [index, batch] of [finishing, ...endless.map((run) => [run])].entries()) {
    const { records, stopped } = results[index] as (typeof results)[number]
    for (const { target, outcome } of batch) {
      const before = problems.length
      const list = records.get(target) ?? []
      const verdicts = new Map<string, TestStatus>()
      for (const record of list)
        if (record.kind === 'result') verdicts.set(record.test, record.status)
      const endlessIn = stoppedIn(outcome)
      if (endlessIn !== undefined) {
        const last = list.at(-1)
        if (last?.kind !== 'start' || last.test !== endlessIn)
          problems.push(
            `${where}: on ${target}, vitest was stopped in \`${endlessIn}\` (it never ended), but the harness ${last?.kind === 'start' ? `was stuck in \`${last.test}\`` : 'was not stuck in it'}; make the harness agree`,
          )
      } else if (list.at(-1)?.kind !== 'done')
        problems.push(
          `${where}: the harness did not finish ${target}${stopped ? ` (${stopped})` : ''}`,
        )
      for (const test of outcome.tests) {
        if (test.name === endlessIn) continue
        const harness = verdicts.get(test.name)
        if (harness !== test.status)
          problems.push(
            `${where}: on ${target}, \`${test.name}\` is ${test.status} under vitest but ${harness ?? 'missing'} under the harness (the grader's verdict); make the harness agree`,
          )
      }
      for (const name of verdicts.keys())
        if (!outcome.tests.some((test) => test.name === name))
          problems.push(`${where}: on ${target}, the harness ran \`${name}\`, which vitest did not`)
      if (problems.length === before) agreed += 1
    }
  }
  return { agreed, targets: runs.length, problems }
}

/** The test a run was stopped in by its time limit, if it was. */
function stoppedIn(outcome: RunOutcome): string | undefined {
  return outcome.stop?.reason === 'test-time' ? outcome.stop.during : undefined
}
