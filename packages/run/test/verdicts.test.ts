import { describe, expect, it } from 'vitest'
import { keepVerdicts, verdictsOf } from '../src/verdicts.ts'

describe('kept verdicts', () => {
  const kept = keepVerdicts([
    {
      target: 'solution',
      tests: [
        { name: '1. a › 1.1 x', status: 'passed' },
        { name: '1. a › 1.2 y', status: 'passed' },
      ],
    },
    {
      target: 'mistakes/m.ts',
      tests: [
        { name: '1. a › 1.2 y', status: 'failed' },
        { name: '2. b › 2.1 z', status: 'skipped' },
      ],
    },
    { target: 'src', tests: [] },
  ])

  it('names each test once, and gives each target a letter a test', () => {
    expect(kept).toEqual({
      tests: ['1. a › 1.1 x', '1. a › 1.2 y', '2. b › 2.1 z'],
      targets: { solution: 'pp-', 'mistakes/m.ts': '-fs', src: '---' },
    })
  })

  it('gives back what each target ran, and nothing for a target not kept', () => {
    expect([...(verdictsOf(kept, 'mistakes/m.ts') ?? [])]).toEqual([
      ['1. a › 1.2 y', 'failed'],
      ['2. b › 2.1 z', 'skipped'],
    ])
    expect(verdictsOf(kept, 'src')?.size).toBe(0)
    expect(verdictsOf(kept, 'mistakes/other.ts')).toBeUndefined()
  })

  it('keeps the tests in task order, ties by name, whatever order they were run in', () => {
    const test = (name: string) => ({ name, status: 'passed' as const })
    const names = ['2. b › 2.1 z', '1. a › 1.2 y', '1. a › 1.1 x', '1. a › 1.1 w']
    const once = keepVerdicts([{ target: 'solution', tests: names.map(test) }])
    expect(once.tests).toEqual(['1. a › 1.1 w', '1. a › 1.1 x', '1. a › 1.2 y', '2. b › 2.1 z'])
    expect(keepVerdicts([{ target: 'solution', tests: names.reverse().map(test) }])).toEqual(once)
  })

  it('survives JSON', () => {
    const again = JSON.parse(JSON.stringify(kept))
    expect(verdictsOf(again, 'solution')).toEqual(verdictsOf(kept, 'solution'))
  })
})
