/**
 * The proofs, each breach explained in words that tell the author what to do next, the way
 * rustlings' `cargo dev check` does: the solution passes, the starter fails every test, every
 * mistake is caught, and the rules ledger holds.
 */
import type { Task } from '@iterlings/course'
import type { TestOutcome } from '@iterlings/run'
import { checkLedger, type LedgerVerdict } from './ledger.ts'
import { failed, passed, type TargetOutcome } from './outcome.ts'
import type { Mistake, Outcomes } from './prove.ts'

export interface MistakeVerdict {
  target: string
  breaks: string | undefined
  caughtBy: string[]
  /** Caught by no test here, and breaks a rule of type tests this proof did not run (`--runtime`). */
  leftToTypeTests?: true
}

export interface Proof {
  slug: string
  tests: number
  solutionPassed: number
  starterFailed: number
  mistakes: MistakeVerdict[]
  ledger: Omit<LedgerVerdict, 'problems'>
  /** Targets on which the harness (the grader's runner) gives vitest's verdict for every test. */
  harness?: { agreed: number; targets: number }
  /** Set when this Node is older than the harness needs for the exercise (course.json's harnessNode). */
  harnessFrom?: number
  /** Set by a runtime-only proof (`--runtime`): no type tests. */
  runtimeOnly?: boolean
  /** Set when the mistakes ran in the harness alone (a runtime proof; see cli.ts). */
  mistakesInHarness?: true
  /** vitest's runs of the mistakes (type tests included): from the record, and run now. */
  vitestRuns?: { recorded: number; ran: number }
  problems: string[]
}

export function judge(
  slug: string,
  { solution, starter, mistakes, types }: Outcomes,
  ledger: {
    tasks: Task[]
    mistakes: Mistake[]
    /** Type tests this proof did not run (`--runtime`): the full proof checks what they catch. */
    typeTestsNotRun?: TestOutcome[]
  },
): Proof {
  const notRun = ledger.typeTestsNotRun ?? []
  const typeChecked = new Set(notRun.flatMap((test) => test.rules))
  const where = `exercises/${slug}`
  const problems: string[] = []
  const runProblems = ({ outcome }: TargetOutcome, name: string) => {
    if (outcome.stop)
      problems.push(
        `${where}: the tests were stopped on ${name}: ${outcome.stop.detail}${outcome.stop.reason === 'time' || outcome.stop.reason === 'test-time' ? ' If the loop is in a test, give it a bounded source such as infiniteSource().' : ''}`,
      )
    for (const error of outcome.errors)
      problems.push(
        `${where}: error while running ${name}${error.file ? ` (${error.file})` : ''}: ${error.message}`,
      )
  }

  const solutionRuns = [solution, ...(types ? [types.solution] : [])]
  for (const run of solutionRuns)
    runProblems(run, types?.solution === run ? 'the type tests of solution/' : 'solution/')
  const solutionTests = solutionRuns.flatMap((run) => run.outcome.tests)
  if (solution.outcome.tests.length === 0)
    problems.push(`${where}: no tests ran; add tests under test/`)
  for (const test of solutionTests.filter((test) => test.status !== 'passed')) {
    problems.push(
      `${where}: test \`${test.name}\` ${test.status === 'skipped' ? 'is skipped' : 'fails'} on the solution — fix the test or solution/${test.message ? `: ${test.message}` : ''}`,
    )
  }

  runProblems(starter, 'the starter')
  for (const test of passed(starter)) {
    problems.push(
      `${where}: test \`${test.name}\` passes on the starter — the starter must fail every test; make the stub throw, or make the test assert what the stub cannot do`,
    )
  }

  const catches = ledger.mistakes.map((mistake) => {
    const runs = [mistakes, types?.mistakes ?? []].flatMap((list) =>
      list.filter((run) => run.target === mistake.target),
    )
    const stopped = runs.some((run) => run.outcome.stop)
    const caughtBy = stopped ? [] : runs.flatMap(failed)
    const leftToTypeTests =
      !stopped && mistake.breaks !== undefined && typeChecked.has(mistake.breaks)
    if (caughtBy.length === 0 && !leftToTypeTests) {
      // A run that was stopped or broke (a worker out of memory) proves nothing: say why.
      const [troubled] = runs.filter((run) => run.outcome.stop || run.outcome.errors.length > 0)
      if (troubled) runProblems(troubled, mistake.target)
      else
        problems.push(
          `${where}: ${mistake.target} passes every test — no test catches this mistake; add one that fails on it`,
        )
    }
    return { ...mistake, caughtBy, leftToTypeTests: caughtBy.length === 0 && leftToTypeTests }
  })

  const { problems: ledgerProblems, ...counts } = checkLedger(
    where,
    ledger.tasks,
    [...solutionTests, ...notRun],
    catches,
    typeChecked,
  )
  problems.push(...ledgerProblems)

  return {
    slug,
    tests: solution.outcome.tests.length,
    solutionPassed: passed(solution).length,
    starterFailed: failed(starter).length,
    mistakes: catches.map(({ target, breaks, caughtBy, leftToTypeTests }) => ({
      target,
      breaks,
      caughtBy: caughtBy.map((test) => test.name),
      ...(leftToTypeTests && { leftToTypeTests: true as const }),
    })),
    ledger: counts,
    ...(ledger.typeTestsNotRun && { runtimeOnly: true }),
    problems,
  }
}
