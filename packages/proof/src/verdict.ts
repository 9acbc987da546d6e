/**
 * The three proofs, each breach explained in words that tell the author what to do next,
 * the way rustlings' `cargo dev check` does.
 */
import { failed, passed, type TargetOutcome } from './outcome.ts'
import type { Outcomes } from './prove.ts'

export interface MistakeVerdict {
  target: string
  caughtBy: string[]
}

export interface Proof {
  slug: string
  tests: number
  solutionPassed: number
  starterFailed: number
  mistakes: MistakeVerdict[]
  problems: string[]
}

export function judge(slug: string, { solution, starter, mistakes }: Outcomes): Proof {
  const where = `exercises/${slug}`
  const problems: string[] = []
  const runProblems = (outcome: TargetOutcome, name: string) => {
    if (outcome.timedOut)
      problems.push(
        `${where}: the tests ran too long on ${name} (${outcome.errors[0]}): a test loops forever there; give it a bounded source such as infiniteSource()`,
      )
    else
      for (const error of outcome.errors)
        problems.push(`${where}: error while running ${name}: ${error}`)
  }

  runProblems(solution, 'solution/')
  if (solution.tests.length === 0) problems.push(`${where}: no tests ran; add tests under test/`)
  for (const test of solution.tests.filter((test) => test.state !== 'passed')) {
    problems.push(
      `${where}: test \`${test.name}\` ${test.state === 'skipped' ? 'is skipped' : 'fails'} on the solution — fix the test or solution/${test.message ? `: ${test.message}` : ''}`,
    )
  }

  runProblems(starter, 'the starter')
  for (const test of passed(starter)) {
    problems.push(
      `${where}: test \`${test.name}\` passes on the starter — the starter must fail every test; make the stub throw, or make the test assert what the stub cannot do`,
    )
  }

  const verdicts = mistakes.map((mistake): MistakeVerdict => {
    const caughtBy = failed(mistake).map((test) => test.name)
    if (mistake.timedOut) caughtBy.length = 0
    if (caughtBy.length === 0) {
      if (mistake.timedOut) runProblems(mistake, mistake.target)
      else
        problems.push(
          `${where}: ${mistake.target} passes every test — no test catches this mistake; add one that fails on it`,
        )
    }
    return { target: mistake.target, caughtBy }
  })

  return {
    slug,
    tests: solution.tests.length,
    solutionPassed: passed(solution).length,
    starterFailed: failed(starter).length,
    mistakes: verdicts,
    problems,
  }
}
