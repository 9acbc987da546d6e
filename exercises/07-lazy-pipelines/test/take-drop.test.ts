import { collect, infiniteSource, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it, vi } from 'vitest'
import { drop, dropWhile, take, takeWhile } from '../src/index.ts'

const badCounts = [
  ['-1', -1],
  ['1.5', 1.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
] as const

const namesTheFunction = (name: string) =>
  `name the function in the RangeError's message ("${name}: the count must be …"), so an error in a long pipeline says which step got the bad count`

const atCallTime =
  'check the count when the function is called: code inside a generator body runs only at the ' +
  'first next(), so check in a plain function, then return the generator'

describe('3. take', () => {
  itIsLazy((source) => take(source, 5))

  it('yields the first n values', () => {
    expect(collect(take([1, 2, 3, 4, 5], 3))).toEqual([1, 2, 3])
  })

  it('yields all the values of a source shorter than n', () => {
    expect(collect(take(['a', 'b'], 5))).toEqual(['a', 'b'])
  })

  it('pulls exactly n values, not n + 1', () => {
    const source = spySource([1, 2, 3, 4, 5])
    collect(take(source, 2))
    expect(source).toHavePulled(2)
  })

  it('closes the source after the n-th value', () => {
    const source = infiniteSource()
    expect(collect(take(source, 3))).toEqual([0, 1, 2])
    expect(source).toBeClosedOnce()
  })

  it('does not close a source that ran out first', () => {
    const source = spySource([1, 2])
    collect(take(source, 5))
    expect(source).not.toBeClosed()
  })

  it('take(x, 0) yields nothing and never opens x', () => {
    const source = spySource([1, 2, 3])
    expect(collect(take(source, 0))).toEqual([])
    expect(source).not.toHaveBeenOpened()
  })

  it.each(badCounts)('throws a RangeError when it is called with n = %s', (_, n) => {
    expect(() => take(spySource([1]), n), atCallTime).toThrow(RangeError)
    expect(() => take(spySource([1]), n), namesTheFunction('take')).toThrow(/take/)
  })
})

describe('4. drop', () => {
  itIsLazy((source) => drop(source, 2))

  it('skips the first n values and yields the rest', () => {
    expect(collect(drop([1, 2, 3, 4, 5], 2)), 'drop n values, not n + 1 or n - 1').toEqual([
      3, 4, 5,
    ])
  })

  it('yields everything for n = 0 and nothing when n is past the end', () => {
    expect([collect(drop([1, 2], 0)), collect(drop([1, 2], 5))]).toEqual([[1, 2], []])
  })

  it('pulls n + 1 values to yield the first one', () => {
    const source = spySource([1, 2, 3, 4, 5])
    drop(source, 2).next()
    expect(source).toHavePulled(3)
  })

  it.each(badCounts)('throws a RangeError when it is called with n = %s', (_, n) => {
    expect(() => drop(spySource([1]), n), atCallTime).toThrow(RangeError)
    expect(() => drop(spySource([1]), n), namesTheFunction('drop')).toThrow(/drop/)
  })
})

describe('5. takeWhile', () => {
  itIsLazy((source) => takeWhile(source, () => true))

  it('yields values while the predicate holds and stops at the first that fails', () => {
    expect(
      collect(takeWhile([1, 2, 5, 1, 2], (value) => value < 3)),
      'takeWhile stops for good at the first failing value; it is not a filter',
    ).toEqual([1, 2])
  })

  it('stops pulling and closes the source at the first failing value', () => {
    const source = infiniteSource()
    collect(takeWhile(source, (value) => value < 3))
    expect(source).toHavePulled(4)
    expect(source).toBeClosedOnce()
  })

  it('passes each value with its index', () => {
    expect(collect(takeWhile(['a', 'b', 'c', 'd'], (_, index) => index < 2))).toEqual(['a', 'b'])
  })
})

describe('6. dropWhile', () => {
  itIsLazy((source) => dropWhile(source, () => false))

  it('drops the leading values that pass, then yields everything after', () => {
    expect(
      collect(dropWhile([1, 2, 5, 1, 2], (value) => value < 3)),
      'dropWhile drops only the leading values: after the first failing value it yields everything, even values that pass',
    ).toEqual([5, 1, 2])
  })

  it('stops asking the predicate after the first failing value', () => {
    const predicate = vi.fn((value: number) => value < 3)
    collect(dropWhile([1, 2, 5, 1, 2], predicate))
    expect(
      predicate.mock.calls.length,
      'once a value fails the predicate, dropping is over: do not call the predicate again',
    ).toBe(3)
  })

  it('passes each value with its index', () => {
    expect(collect(dropWhile(['a', 'b', 'c', 'd'], (_, index) => index < 2))).toEqual(['c', 'd'])
  })

  it('yields nothing when every value passes', () => {
    expect(collect(dropWhile([1, 2], () => true))).toEqual([])
  })

  it('pulls only up to the first value it yields', () => {
    const source = spySource([1, 2, 5, 6])
    pull(
      dropWhile(source, (value) => value < 3),
      1,
    )
    expect(source).toHavePulled(3)
  })
})
