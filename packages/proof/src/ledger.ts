/**
 * The rules ledger's proof: every rule the README states has a test that names it and a mistake
 * that breaks it, caught by a test of that rule; every test names a rule the README states.
 * Each breach says how to fix it.
 */
import type { Task } from '@iterlings/course'
import type { TestOutcome } from '@iterlings/run'

export interface MistakeCatch {
  target: string
  /** The rule its first line says it breaks. */
  breaks: string | undefined
  /** The tests that failed on it. */
  caughtBy: TestOutcome[]
}

export interface LedgerVerdict {
  rules: number
  /** Rules with at least one test. */
  tested: number
  /** Rules broken by a mistake that one of the rule's own tests catches. */
  broken: number
  problems: string[]
}

export function checkLedger(
  where: string,
  tasks: Task[],
  tests: TestOutcome[],
  mistakes: MistakeCatch[],
  /** Rules whose type tests did not run here: a mistake of one counts as broken (they catch it). */
  typeChecked: ReadonlySet<string> = new Set(),
): LedgerVerdict {
  const problems: string[] = []
  const rules = new Map(tasks.flatMap((task) => task.rules.map((rule) => [rule.id, rule])))
  if (rules.size === 0)
    problems.push(
      `${where}: the README states no rules; number them under each task ("- **1.1** …"), as CONTRIBUTING.md shows`,
    )

  for (const test of tests) {
    if (test.rules.length === 0)
      problems.push(
        `${where}: test \`${test.name}\` names no rule; start its title with the rule it checks, e.g. it('${test.task ?? 1}.1 …')`,
      )
    for (const id of test.rules) {
      const rule = rules.get(id)
      if (!rule)
        problems.push(
          `${where}: test \`${test.name}\` names rule ${id}, which the README does not state; state it under task ${id.split('.')[0]} or correct the title`,
        )
      else if (test.task !== rule.task)
        problems.push(
          `${where}: test \`${test.name}\` names rule ${id} of task ${rule.task} but sits in ${test.task === undefined ? 'no task' : `task ${test.task}`}; move it into describe('${rule.task}. …') or correct the title`,
        )
    }
  }

  const testedRules = new Set(tests.flatMap((test) => test.rules))
  const brokenRules = new Set<string>()
  for (const mistake of mistakes) {
    const { breaks, target } = mistake
    if (breaks === undefined) {
      problems.push(
        `${where}: ${target} does not say which rule it breaks; make its first line "// Breaks N.M: <what the learner wrote>"`,
      )
      continue
    }
    if (!rules.has(breaks)) {
      problems.push(
        `${where}: ${target} breaks rule ${breaks}, which the README does not state; correct its Breaks line`,
      )
      continue
    }
    if (mistake.caughtBy.some((test) => test.rules.includes(breaks)) || typeChecked.has(breaks))
      brokenRules.add(breaks)
    else if (mistake.caughtBy.length === 0)
      continue // The mistakes' own proof reports it.
    else {
      const others = [...new Set(mistake.caughtBy.flatMap((test) => test.rules))].join(', ')
      problems.push(
        `${where}: ${target} breaks rule ${breaks} but only tests of ${others || 'no rule'} catch it; add a ${breaks} test that fails on it, or correct its Breaks line`,
      )
    }
  }

  for (const [id, rule] of rules) {
    if (!testedRules.has(id))
      problems.push(
        `${where}: rule ${id} ("${rule.text}") has no test; add one titled '${id} …' in describe('${rule.task}. …')`,
      )
    if (!mistakes.some((mistake) => mistake.breaks === id))
      problems.push(
        `${where}: rule ${id} ("${rule.text}") is broken by no mistake; add mistakes/<what-goes-wrong>.ts, a learner's code that breaks it alone, first line "// Breaks ${id}: …"`,
      )
  }

  return {
    rules: rules.size,
    tested: [...rules.keys()].filter((id) => testedRules.has(id)).length,
    broken: brokenRules.size,
    problems,
  }
}
