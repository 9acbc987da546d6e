import { describe, expect, it } from 'vitest'
import { parseLedger } from '@iterlings/course'
import type { RunOutcome, TestStatus } from '@iterlings/run'
import type { TargetOutcome } from '../src/outcome.ts'
import { judge } from '../src/verdict.ts'

const NAMES = ['1. a › 1.1 first', '1. a › 1.2 second']
const tasks = parseLedger(
  '## Tasks\n\n### 1. a\n\n- **1.1** does one thing\n- **1.2** does another\n',
)

const run = (
  target: string,
  statuses: TestStatus[],
  extra: Partial<RunOutcome> = {},
): TargetOutcome => ({
  target,
  outcome: {
    tests: statuses.map((status, index) => ({
      name: NAMES[index] as string,
      task: 1,
      rules: [`1.${index + 1}`],
      status,
    })),
    errors: [],
    durationMs: 1,
    ...extra,
  },
})

const mistakes = [
  { target: 'mistakes/a.ts', breaks: '1.2' },
  { target: 'mistakes/b.ts', breaks: '1.1' },
]

describe('judge', () => {
  it('finds nothing wrong when the solution passes, the starter fails, each mistake is caught by its rule', () => {
    const proof = judge(
      '01-x',
      {
        solution: run('solution', ['passed', 'passed']),
        starter: run('src', ['failed', 'failed']),
        mistakes: [
          run('mistakes/a.ts', ['passed', 'failed']),
          run('mistakes/b.ts', ['failed', 'passed']),
        ],
      },
      { tasks, mistakes },
    )
    expect(proof.problems).toEqual([])
    expect(proof.mistakes[0]).toEqual({
      target: 'mistakes/a.ts',
      breaks: '1.2',
      caughtBy: ['1. a › 1.2 second'],
    })
    expect(proof.ledger).toEqual({ rules: 2, tested: 2, broken: 2 })
  })

  it('in a runtime-only proof, leaves the mistakes of type-tested rules to the type tests', () => {
    // Rule 1.2 has only a type test here, which this proof does not run.
    const runtime = (target: string, status: TestStatus) => run(target, [status])
    const proofOf = (breaks: string) =>
      judge(
        '01-x',
        {
          solution: runtime('solution', 'passed'),
          starter: runtime('src', 'failed'),
          mistakes: [runtime('mistakes/a.ts', 'passed'), runtime('mistakes/b.ts', 'failed')],
        },
        {
          tasks,
          mistakes: [
            { target: 'mistakes/a.ts', breaks },
            { target: 'mistakes/b.ts', breaks: '1.1' },
          ],
          typeTestsNotRun: [
            { name: NAMES[1] as string, task: 1, rules: ['1.2'], status: 'skipped' },
          ],
        },
      )
    const typeRule = proofOf('1.2')
    expect(typeRule.problems).toEqual([])
    expect(typeRule.ledger).toEqual({ rules: 2, tested: 2, broken: 2 })
    expect(typeRule.runtimeOnly).toBe(true)
    expect(typeRule.mistakes[0]).toEqual({
      target: 'mistakes/a.ts',
      breaks: '1.2',
      caughtBy: [],
      leftToTypeTests: true,
    })
    // A runtime rule's mistake that no test catches is still a breach.
    expect(proofOf('1.1').problems).toEqual([
      'exercises/01-x: mistakes/a.ts passes every test — no test catches this mistake; add one that fails on it',
      expect.stringContaining('rule 1.2 ("does another") is broken by no mistake'),
    ])
  })

  it('tells the author how to fix each breach', () => {
    const proof = judge(
      '01-x',
      {
        solution: run('solution', ['passed', 'failed']),
        starter: run('src', ['passed', 'failed']),
        mistakes: [
          run('mistakes/a.ts', ['passed', 'passed']),
          run('mistakes/b.ts', ['passed', 'failed']),
        ],
      },
      { tasks, mistakes },
    )
    expect(proof.problems).toEqual([
      'exercises/01-x: test `1. a › 1.2 second` fails on the solution — fix the test or solution/',
      'exercises/01-x: test `1. a › 1.1 first` passes on the starter — the starter must fail every test; make the stub throw, or make the test assert what the stub cannot do',
      'exercises/01-x: mistakes/a.ts passes every test — no test catches this mistake; add one that fails on it',
      'exercises/01-x: mistakes/b.ts breaks rule 1.1 but only tests of 1.2 catch it; add a 1.1 test that fails on it, or correct its Breaks line',
    ])
    expect(proof.ledger).toEqual({ rules: 2, tested: 2, broken: 0 })
  })

  it('reports a target that was stopped as an endless loop, not as caught', () => {
    const stop = {
      reason: 'time' as const,
      detail: 'Your code ran for more than 60 s …',
      notRun: [],
    }
    const proof = judge(
      '01-x',
      {
        solution: run('solution', ['passed', 'passed']),
        starter: run('src', ['failed', 'failed']),
        mistakes: [
          run('mistakes/a.ts', ['failed'], { stop }),
          run('mistakes/b.ts', ['failed', 'passed']),
        ],
      },
      { tasks, mistakes },
    )
    expect(proof.mistakes[0]?.caughtBy).toEqual([])
    expect(proof.problems[0]).toMatch(
      /stopped on mistakes\/a.ts: Your code ran for more than 60 s …/,
    )
  })

  it('reports the error of a mistake run that broke before any test failed, not "passes every test"', () => {
    const proof = judge(
      '01-x',
      {
        solution: run('solution', ['passed', 'passed']),
        starter: run('src', ['failed', 'failed']),
        mistakes: [
          run('mistakes/a.ts', [], { errors: [{ message: 'Worker exited unexpectedly' }] }),
          run('mistakes/b.ts', ['failed', 'passed']),
        ],
      },
      { tasks, mistakes },
    )
    expect(proof.problems).toEqual([
      'exercises/01-x: error while running mistakes/a.ts: Worker exited unexpectedly',
    ])
  })

  it('counts type tests on the solution as tests of their rules, and type-checked mistakes as caught', () => {
    const typeTest = {
      name: '1. a › 1.2 is typed',
      task: 1,
      rules: ['1.2'],
      status: 'passed' as const,
    }
    const typeRun = (target: string, status: TestStatus): TargetOutcome => ({
      target,
      outcome: { tests: [{ ...typeTest, status }], errors: [], durationMs: 1 },
    })
    const proof = judge(
      '01-x',
      {
        solution: run('solution', ['passed']),
        starter: run('src', ['failed']),
        mistakes: [run('mistakes/a.ts', ['passed']), run('mistakes/b.ts', ['failed'])],
        types: {
          solution: typeRun('solution', 'passed'),
          mistakes: [typeRun('mistakes/a.ts', 'failed')],
        },
      },
      { tasks, mistakes },
    )
    expect(proof.problems).toEqual([])
    expect(proof.ledger).toEqual({ rules: 2, tested: 2, broken: 2 })
  })
})
