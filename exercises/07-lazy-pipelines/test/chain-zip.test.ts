import { collect, infiniteSource, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { chain, zip } from '../src/index.ts'

function* generate<T>(...values: T[]): Generator<T> {
  yield* values
}

describe('7. chain', () => {
  itIsLazy((source) => chain(source, [1, 2]))

  it('yields the values of each iterable in turn', () => {
    expect(collect(chain([1, 2], new Set([3]), generate(4, 5)))).toEqual([1, 2, 3, 4, 5])
  })

  it('yields nothing for no iterables or only empty ones', () => {
    expect([collect(chain()), collect(chain([], []))]).toEqual([[], []])
  })

  it('opens each iterable only when its turn comes', () => {
    const first = spySource([1, 2, 3], { label: 'the first iterable' })
    const second = spySource([4], { label: 'the second iterable' })
    pull(chain(first, second), 2)
    expect(second).not.toHaveBeenOpened()
  })

  it('closes the current iterable, and opens no other, when the consumer stops', () => {
    const first = spySource([1], { label: 'the first iterable' })
    const second = infiniteSource(undefined, { label: 'the second iterable' })
    const third = spySource([9], { label: 'the third iterable' })
    const values = chain(first, second, third)
    pull(values, 3)
    values.return?.()
    expect(second).toBeClosedOnce()
    expect(first, 'the first iterable ran out by itself: it needs no closing').not.toBeClosed()
    expect(third).not.toHaveBeenOpened()
  })

  it('reads an infinite iterable in turn', () => {
    expect(pull(chain(['start'], infiniteSource(String)), 3)).toEqual(['start', '0', '1'])
  })
})

describe('8. zip', () => {
  itIsLazy((source) => zip(source, infiniteSource()))

  it('pairs up the values of two iterables', () => {
    expect(collect(zip([1, 2, 3], ['a', 'b', 'c']))).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
  })

  it('zips three iterables into triples', () => {
    expect(collect(zip([1, 2], 'xy', [true, false]))).toEqual([
      [1, 'x', true],
      [2, 'y', false],
    ])
  })

  it('stops at the shortest iterable', () => {
    expect(collect(zip([1, 2, 3], ['a']))).toEqual([[1, 'a']])
    expect(collect(zip(['a'], [1, 2, 3]))).toEqual([['a', 1]])
  })

  it('yields nothing when given no iterables', () => {
    expect(collect(zip())).toEqual([])
  })

  it('works when one side is infinite', () => {
    expect(collect(zip(infiniteSource(), ['a', 'b']))).toEqual([
      [0, 'a'],
      [1, 'b'],
    ])
  })

  it('when the first iterable ends, pulls no other and closes them', () => {
    const short = spySource([1, 2], { label: 'the first (shorter) iterable' })
    const long = infiniteSource(undefined, { label: 'the second iterable' })
    collect(zip(short, long))
    expect(long).toHavePulled(2)
    expect(long).toBeClosedOnce()
    expect(short, 'the first iterable said done: it needs no closing').not.toBeClosed()
  })

  it('when a later iterable ends, closes the ones before it', () => {
    const long = infiniteSource(undefined, { label: 'the first iterable' })
    const short = spySource(['a'], { label: 'the second (shorter) iterable' })
    collect(zip(long, short))
    expect(long).toBeClosedOnce()
    expect(short, 'the second iterable said done: it needs no closing').not.toBeClosed()
  })

  it('closes every iterable when the consumer stops early', () => {
    const a = infiniteSource(undefined, { label: 'the first iterable' })
    const b = infiniteSource(undefined, { label: 'the second iterable' })
    const c = infiniteSource(undefined, { label: 'the third iterable' })
    const rows = zip(a, b, c)
    pull(rows, 2)
    rows.return?.()
    expect(a).toBeClosedOnce()
    expect(b).toBeClosedOnce()
    expect(c).toBeClosedOnce()
  })

  it('opens nothing when it is called, not even the second iterable', () => {
    const a = spySource([1], { label: 'the first iterable' })
    const b = spySource([2], { label: 'the second iterable' })
    zip(a, b)
    expect(a).not.toHaveBeenOpened()
    expect(b).not.toHaveBeenOpened()
  })
})
