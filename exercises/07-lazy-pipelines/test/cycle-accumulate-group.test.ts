import { collect, infiniteSource, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { accumulate, cycle, groupBy } from '../src/index.ts'

const add = (total: number, value: number) => total + value

describe('12. cycle', () => {
  itIsLazy((source) => cycle(source))

  it('repeats the values of the source forever', () => {
    expect(pull(cycle([1, 2, 3]), 7)).toEqual([1, 2, 3, 1, 2, 3, 1])
  })

  it('reads the source only once, saving its values', () => {
    // The limit turns pulling a used-up source over and over into a fast failure instead of a hang.
    const source = spySource(['a', 'b'], { oneShot: true, limit: 100 })
    expect(
      pull(cycle(source), 6),
      'save the values as you read them the first time: a generator can be read only once',
    ).toEqual(['a', 'b', 'a', 'b', 'a', 'b'])
    expect(source.opens, 'open the source once and repeat from what you saved').toBe(1)
  })

  it('is empty when the source is empty', () => {
    const source = spySource([], { limit: 100 }) // fails fast, not hangs, if it is read in a loop
    expect(
      collect(cycle(source)),
      'an empty source has nothing to repeat: return instead of looping forever',
    ).toEqual([])
  })

  it('pulls the source one value at a time on the first pass', () => {
    const source = spySource([1, 2, 3])
    cycle(source).next()
    expect(source).toHavePulled(1)
  })
})

describe('13. accumulate', () => {
  itIsLazy((source) => accumulate(source, add))

  it('yields the running totals', () => {
    expect(
      collect(accumulate([1, 2, 3, 4], add)),
      'without an initial, the first value is the first total, as it is',
    ).toEqual([1, 3, 6, 10])
  })

  it('yields the initial first when one is given', () => {
    expect(
      collect(accumulate([1, 2, 3], add, 100)),
      'with an initial, yield it before anything else, then add each value to it',
    ).toEqual([100, 101, 103, 106])
  })

  it('yields just the initial for an empty source, and nothing without one', () => {
    expect([collect(accumulate([], add, 7)), collect(accumulate([], add))]).toEqual([[7], []])
  })

  it('counts an explicit undefined as an initial, as reduce does', () => {
    const totals = collect(
      accumulate(
        [1, 2],
        (total: number | undefined, value: number) => (total ?? 0) + value,
        undefined,
      ),
    )
    expect(
      totals,
      'accumulate(x, f, undefined) passes an initial: count the arguments, do not compare with undefined',
    ).toEqual([undefined, 1, 3])
  })

  it('passes the running total, the value and its index', () => {
    expect(
      collect(accumulate(['a', 'b', 'c'], (total, value, index) => `${total}${index}${value}`)),
      'the reducer gets (total, value, index), index counting the source values',
    ).toEqual(['a', 'a1b', 'a1b2c'])
    expect(
      collect(
        accumulate(['x', 'y'], (total: string, value, index) => `${total}${index}${value}`, ''),
      ),
    ).toEqual(['', '0x', '0x1y'])
  })

  it('can build a total of another type than the values', () => {
    expect(
      collect(accumulate(['a', 'bb', 'ccc'], (length: number, word) => length + word.length, 0)),
    ).toEqual([0, 1, 3, 6])
  })

  it('yields the initial without pulling the source', () => {
    const source = spySource([1, 2])
    accumulate(source, add, 0).next()
    expect(source).toHavePulled(0)
  })
})

describe('14. groupBy', () => {
  itIsLazy((source) => groupBy(source, (value) => Math.floor(value / 2)))

  it('groups consecutive values with the same key', () => {
    expect(
      collect(groupBy([1, 1, 2, 2, 2, 1], (value) => value)),
      'only neighbours group together, as in Python: a key seen again later starts a new group (this is not SQL GROUP BY)',
    ).toEqual([
      [1, [1, 1]],
      [2, [2, 2, 2]],
      [1, [1]],
    ])
  })

  it('passes each value with its index to the key function', () => {
    expect(collect(groupBy(['a', 'b', 'c', 'd'], (_, index) => index < 3))).toEqual([
      [true, ['a', 'b', 'c']],
      [false, ['d']],
    ])
  })

  it('compares keys with Object.is', () => {
    expect(
      collect(groupBy([NaN, NaN, 0, -0], (value) => value)).map(([, values]) => values.length),
      'compare keys with Object.is: === says NaN !== NaN, and 0 === -0',
    ).toEqual([2, 1, 1])
  })

  it('yields nothing for an empty source', () => {
    expect(collect(groupBy([], (value) => value))).toEqual([])
  })

  it('yields a group as soon as the next key differs', () => {
    const source = spySource([1, 1, 2, 3])
    groupBy(source, (value) => value).next()
    expect(source).toHavePulled(3)
  })

  it('works on an infinite source', () => {
    expect(
      pull(
        groupBy(infiniteSource(), (value) => Math.floor(value / 3)),
        2,
      ),
    ).toEqual([
      [0, [0, 1, 2]],
      [1, [3, 4, 5]],
    ])
  })
})
