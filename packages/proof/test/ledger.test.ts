import { describe, expect, it } from 'vitest'
import { parseLedger, placeOfTest } from '@iterlings/course'
import { checkLedger } from '../src/ledger.ts'

const tasks = parseLedger(
  '## Tasks\n\n### 1. a\n\n- **1.1** opens nothing\n- **1.2** closes\n\n### 2. b\n\n- **2.1** throws\n',
)
const test = (name: string) => ({ name, ...placeOfTest(name), status: 'passed' as const })

describe('checkLedger', () => {
  it('names every kind of breach, and how to fix it', () => {
    const verdict = checkLedger(
      'exercises/01-x',
      tasks,
      [
        test('1. a › 1.1 opens nothing'),
        test('1. a › closes'),
        test('1. a › 2.1 throws'),
        test('2. b › 2.9 more'),
      ],
      [
        { target: 'mistakes/x.ts', breaks: undefined, caughtBy: [] },
        { target: 'mistakes/y.ts', breaks: '3.1', caughtBy: [] },
        { target: 'mistakes/z.ts', breaks: '1.1', caughtBy: [test('1. a › 1.1 opens nothing')] },
      ],
    )
    expect(verdict.problems).toEqual([
      "exercises/01-x: test `1. a › closes` names no rule; start its title with the rule it checks, e.g. it('1.1 …')",
      "exercises/01-x: test `1. a › 2.1 throws` names rule 2.1 of task 2 but sits in task 1; move it into describe('2. …') or correct the title",
      'exercises/01-x: test `2. b › 2.9 more` names rule 2.9, which the README does not state; state it under task 2 or correct the title',
      'exercises/01-x: mistakes/x.ts does not say which rule it breaks; make its first line "// Breaks N.M: <what the learner wrote>"',
      'exercises/01-x: mistakes/y.ts breaks rule 3.1, which the README does not state; correct its Breaks line',
      "exercises/01-x: rule 1.2 (\"closes\") has no test; add one titled '1.2 …' in describe('1. …')",
      'exercises/01-x: rule 1.2 ("closes") is broken by no mistake; add mistakes/<what-goes-wrong>.ts, a learner\'s code that breaks it alone, first line "// Breaks 1.2: …"',
      'exercises/01-x: rule 2.1 ("throws") is broken by no mistake; add mistakes/<what-goes-wrong>.ts, a learner\'s code that breaks it alone, first line "// Breaks 2.1: …"',
    ])
    expect(verdict).toMatchObject({ rules: 3, tested: 2, broken: 1 })
  })

  it('asks for rules when the README states none', () => {
    expect(checkLedger('exercises/01-x', [], [], []).problems).toEqual([
      'exercises/01-x: the README states no rules; number them under each task ("- **1.1** …"), as CONTRIBUTING.md shows',
    ])
  })
})
