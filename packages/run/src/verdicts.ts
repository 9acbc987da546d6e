/**
 * Each target's verdict on each test, kept compactly so that two runners can be compared later:
 * the proof keeps vitest's (exercises/<slug>/.proof/verdicts.json), the docs' browser test the
 * site panel's (docs/.artifacts/browser-verdicts.json), and the proof's summary holds the second to
 * the first. Browser-safe.
 */
import { byTaskOrder } from '@iterlings/course/ledger'
import type { TestStatus } from './outcome.ts'

/** The test names once; then, for each target, one letter a test: p, f, s, or - where not run. */
export interface KeptVerdicts {
  tests: string[]
  targets: Record<string, string>
}

export interface TargetVerdicts {
  target: string
  tests: ReadonlyArray<{ name: string; status: TestStatus }>
}

const LETTERS: Record<TestStatus, string> = { passed: 'p', failed: 'f', skipped: 's' }
const STATUSES = new Map(Object.entries(LETTERS).map(([status, letter]) => [letter, status]))

/** The tests in task order, ties by name: the same record whatever order the files ran in. */
export function keepVerdicts(runs: TargetVerdicts[]): KeptVerdicts {
  const names = [...new Set(runs.flatMap((run) => run.tests.map((test) => test.name)))]
  const tests = byTaskOrder(names.sort().map((name) => ({ name }))).map(({ name }) => name)
  const targets: Record<string, string> = {}
  for (const run of runs) {
    const statuses = new Map(run.tests.map((test) => [test.name, test.status]))
    targets[run.target] = tests
      .map((name) => {
        const status = statuses.get(name)
        return status ? LETTERS[status] : '-'
      })
      .join('')
  }
  return { tests, targets }
}

/** One target's verdicts by test name (a test it did not run is absent); undefined if not kept. */
export function verdictsOf(
  kept: KeptVerdicts,
  target: string,
): Map<string, TestStatus> | undefined {
  const letters = kept.targets[target]
  if (letters === undefined) return undefined
  const verdicts = new Map<string, TestStatus>()
  kept.tests.forEach((name, index) => {
    const status = STATUSES.get(letters[index] ?? '-') as TestStatus | undefined
    if (status) verdicts.set(name, status)
  })
  return verdicts
}

/**
 * One exercise's run in the browser, as the docs' test keeps it: the verdicts, and each target
 * left out because it imports a Node module the panel does not have (target → module); or, where
 * the tests themselves import one, the exercise has no panel (`nodeOnly`: the module).
 */
export type BrowserRun =
  (KeptVerdicts & { needNode: Record<string, string> }) | { nodeOnly: string }
