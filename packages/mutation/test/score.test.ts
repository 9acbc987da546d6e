import { describe, expect, it } from 'vitest'
import { scoreMutants, type MutantLike } from '../src/score.ts'
import { renderSummary } from '../src/summary.ts'

const mutant = (status: string, line = 1, mutatorName = 'EqualityOperator'): MutantLike => ({
  status,
  mutatorName,
  replacement: 'i <= n',
  file: 'solution/index.ts',
  line,
})

describe('scoreMutants', () => {
  it('counts killed and timed-out mutants as caught, ignoring ignored and compile errors', () => {
    const score = scoreMutants(
      '01-x',
      [
        mutant('Killed'),
        mutant('Timeout'),
        mutant('Survived', 7),
        mutant('NoCoverage', 8),
        mutant('Ignored'),
        mutant('CompileError'),
      ],
      [],
    )
    expect(score).toMatchObject({
      mutants: 4,
      killed: 1,
      timeout: 1,
      survived: 1,
      noCoverage: 1,
      equivalent: 0,
      score: 50,
    })
    expect(score.survivors.map((survivor) => survivor.line)).toEqual([7, 8])
  })

  it('leaves an accepted equivalent out of the score and keeps its reason', () => {
    const reason = 'i only grows by one, so i < n and i !== n stop at the same place'
    const score = scoreMutants(
      '01-x',
      [mutant('Killed'), mutant('Survived', 7)],
      [{ file: 'solution/index.ts', line: 7, mutator: 'EqualityOperator', reason }],
    )
    expect(score.score).toBe(100)
    expect(score.survivors).toEqual([expect.objectContaining({ line: 7, reason })])
  })

  it('does not accept a survivor on another line or of another mutator', () => {
    const score = scoreMutants(
      '01-x',
      [mutant('Killed'), mutant('Survived', 7, 'ConditionalExpression')],
      [{ file: 'solution/index.ts', line: 7, mutator: 'EqualityOperator', reason: 'r' }],
    )
    expect(score.score).toBe(50)
  })
})

describe('renderSummary', () => {
  it('writes a markdown table with one row an exercise and every survivor below it', () => {
    const score = scoreMutants('01-x', [mutant('Killed'), mutant('Survived', 7)], [])
    const { markdown } = renderSummary([score], 90)
    expect(markdown).toContain('| 01-x | 2 | 1 | 1 | 0 | 0 | 0 | 50% |')
    expect(markdown).toContain(
      '- 01-x solution/index.ts:7 EqualityOperator → <code>i &lt;= n</code>: survived',
    )
  })

  it('escapes mutated code so neither HTML nor Vue on the docs page reads it', () => {
    const survivor = { ...mutant('Survived'), replacement: 'new Map<K, V>({{}})' }
    const { markdown } = renderSummary([scoreMutants('01-x', [survivor], [])], 90)
    expect(markdown).toContain('<code>new Map&lt;K, V&gt;(&#123;&#123;&#125;&#125;)</code>')
  })
})
