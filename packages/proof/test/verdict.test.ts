import { describe, expect, it } from 'vitest'
import type { TargetOutcome } from '../src/outcome.ts'
import { judge } from '../src/verdict.ts'

const outcome = (target: string, states: Array<'passed' | 'failed'>): TargetOutcome => ({
  target,
  errors: [],
  tests: states.map((state, index) => ({ name: `task › test ${index}`, state })),
})

describe('judge', () => {
  it('finds nothing wrong when the solution passes, the starter fails and each mistake is caught', () => {
    const proof = judge('01-x', {
      solution: outcome('solution', ['passed', 'passed']),
      starter: outcome('src', ['failed', 'failed']),
      mistakes: [outcome('mistakes/a.ts', ['passed', 'failed'])],
    })
    expect(proof.problems).toEqual([])
    expect(proof.mistakes).toEqual([{ target: 'mistakes/a.ts', caughtBy: ['task › test 1'] }])
  })

  it('tells the author how to fix each breach', () => {
    const proof = judge('01-x', {
      solution: outcome('solution', ['passed', 'failed']),
      starter: outcome('src', ['passed', 'failed']),
      mistakes: [outcome('mistakes/a.ts', ['passed', 'passed'])],
    })
    expect(proof.problems).toEqual([
      'exercises/01-x: test `task › test 1` fails on the solution — fix the test or solution/',
      'exercises/01-x: test `task › test 0` passes on the starter — the starter must fail every test; make the stub throw, or make the test assert what the stub cannot do',
      'exercises/01-x: mistakes/a.ts passes every test — no test catches this mistake; add one that fails on it',
    ])
  })

  it('reports a target that ran too long as an endless loop, not as caught', () => {
    const proof = judge('01-x', {
      solution: outcome('solution', ['passed']),
      starter: outcome('src', ['failed']),
      mistakes: [
        {
          target: 'mistakes/loop.ts',
          tests: [],
          errors: ['ran for more than 60 s'],
          timedOut: true,
        },
      ],
    })
    expect(proof.mistakes[0]?.caughtBy).toEqual([])
    expect(proof.problems[0]).toMatch(
      /ran too long on mistakes\/loop.ts .* a test loops forever there/,
    )
  })
})
