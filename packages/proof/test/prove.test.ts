import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
// The built module: it forks its sibling run-targets.js, which only exists in dist/.
import { listTargets, runAllTargets } from '../dist/prove.js'

const fixture = path.join(import.meta.dirname, 'fixtures', 'looping-exercise')

const processesRunning = (needle: string) =>
  execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(needle) && !line.includes('ps -eo'))

describe('runAllTargets', () => {
  it('lists the solution, the starter and each mistake', () => {
    expect(listTargets(fixture)).toEqual([
      'solution',
      'src',
      'mistakes/adds.ts',
      'mistakes/loops-forever.ts',
    ])
  })

  it('runs every target, kills one that loops forever, and goes on with the rest', async () => {
    const outcomes = await runAllTargets(fixture, { timeoutMs: 5_000 })
    expect(outcomes.solution.outcome.tests.map((test) => test.status)).toEqual(['passed'])
    expect(outcomes.starter.outcome.tests.map((test) => test.status)).toEqual(['failed'])
    const [adds, loops] = outcomes.mistakes
    expect(adds?.outcome.tests.map((test) => test.status)).toEqual(['failed'])
    expect(loops?.outcome.stop?.reason).toMatch(/time/)
    // The killed run's vitest forks must not be left spinning.
    expect(processesRunning(fixture)).toEqual([])
  })

  it('runs only the solution and the starter when the mistakes run elsewhere', async () => {
    const outcomes = await runAllTargets(fixture, { mistakes: false })
    expect(outcomes.solution.outcome.tests.map((test) => test.status)).toEqual(['passed'])
    expect(outcomes.starter.outcome.tests.map((test) => test.status)).toEqual(['failed'])
    expect(outcomes.mistakes).toEqual([])
  })
})
