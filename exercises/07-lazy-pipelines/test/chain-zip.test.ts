import { collect, infiniteSource, itIsLazy, pull, spySource } from '@iterlings/testing'
import { describe, expect, it } from 'vitest'
import { chain, zip } from '../src/index.ts'

/** What a source's own failures throw: a broken next(), a broken return(). */
const sourceFailure = new Error("the source's next() failed")
const closeFailure = new Error("the source's return() failed")

function* generate<T>(...values: T[]): Generator<T> {
  yield* values
}

describe('7. chain', () => {
  itIsLazy('chain', (source) => chain(source, [1, 2]), {
    lazy: '7.2',
    closes: '7.3',
    failedSource: '7.4',
  })

  it('7.1 yields the values of each iterable in turn', () => {
    expect(collect(chain([1, 2], new Set([3]), generate(4, 5)))).toEqual([1, 2, 3, 4, 5])
  })

  it('7.1 yields nothing for no iterables or only empty ones', () => {
    expect([collect(chain()), collect(chain([], []))]).toEqual([[], []])
  })

  it('7.2 opens each iterable only when its turn comes', () => {
    const first = spySource([1, 2, 3], { label: 'the first iterable' })
    const second = spySource([4], { label: 'the second iterable' })
    pull(chain(first, second), 2)
    expect(
      second,
      'chain opened the second iterable while it was still reading the first: open each one when its turn comes (yield* does)',
    ).not.toHaveBeenOpened()
  })

  it('7.2 reads an infinite iterable in turn', () => {
    expect(pull(chain(['start'], infiniteSource(String)), 3)).toEqual(['start', '0', '1'])
  })

  it('7.3 closes the current iterable, and opens no other, when the consumer stops', () => {
    const first = spySource([1], { label: 'the first iterable' })
    const second = infiniteSource(undefined, { label: 'the second iterable' })
    const third = spySource([9], { label: 'the third iterable' })
    const values = chain(first, second, third)
    pull(values, 3)
    values.return?.()
    expect(second).toBeClosedOnce()
    expect(first, 'the first iterable ran out by itself: it needs no closing').not.toBeClosed()
    expect(
      third,
      'the consumer stopped while the second iterable was being read: the third was never needed, so it must not be opened',
    ).not.toHaveBeenOpened()
  })
})

describe('8. zip', () => {
  itIsLazy('zip', (source) => zip(source, infiniteSource()), {
    lazy: '8.2',
    closes: '8.4',
    failedSource: '8.5',
  })

  it('8.1 pairs up the values of two iterables', () => {
    expect(collect(zip([1, 2, 3], ['a', 'b', 'c']))).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ])
  })

  it('8.1 zips three iterables into triples', () => {
    expect(collect(zip([1, 2], 'xy', [true, false]))).toEqual([
      [1, 'x', true],
      [2, 'y', false],
    ])
  })

  it('8.1 stops at the shortest iterable', () => {
    expect(collect(zip([1, 2, 3], ['a']))).toEqual([[1, 'a']])
    expect(collect(zip(['a'], [1, 2, 3]))).toEqual([['a', 1]])
  })

  it('8.1 yields nothing when given no iterables', () => {
    expect(
      pull(zip(), 3),
      'zip() has no iterable to stop it, so it must stop at once instead of yielding [] forever',
    ).toEqual([])
  })

  it('8.1 works when one side is infinite', () => {
    expect(collect(zip(infiniteSource(), ['a', 'b']))).toEqual([
      [0, 'a'],
      [1, 'b'],
    ])
  })

  it('8.2 opens nothing when it is called, not even the second iterable', () => {
    const a = spySource([1], { label: 'the first iterable' })
    const b = spySource([2], { label: 'the second iterable' })
    zip(a, b)
    expect(a, 'open the iterables inside the generator, at the first next()').not.toHaveBeenOpened()
    expect(b, 'open the iterables inside the generator, at the first next()').not.toHaveBeenOpened()
  })

  it('8.2 opens every iterable at the first next(), also those the first round never reaches', () => {
    const empty = spySource([], { label: 'the first (empty) iterable' })
    const b = spySource([2], { label: 'the second iterable' })
    zip(empty, b).next()
    expect(
      b,
      'the first next() opens every iterable, in order, before the first round: then each one can be closed when zip ends (opening one only at its first pull leaves it unopened when an earlier one is empty)',
    ).toHaveBeenOpened()
    expect(b, 'the first iterable said done: the round pulls no other').toHavePulled(0)
  })

  it('8.2 when the first iterable ends, pulls no other in that round', () => {
    const short = spySource([1, 2], { label: 'the first (shorter) iterable' })
    const long = infiniteSource(undefined, { label: 'the second iterable' })
    collect(zip(short, long))
    expect(
      long,
      'the round stops at the first iterable that says done: pull the iterables one at a time and stop there, not the whole row first',
    ).toHavePulled(2)
  })

  it('8.3 when the first iterable ends, closes the others', () => {
    const short = spySource([1, 2], { label: 'the first (shorter) iterable' })
    const long = infiniteSource(undefined, { label: 'the second iterable' })
    collect(zip(short, long))
    expect(long).toBeClosedOnce()
    expect(short, 'the first iterable said done: it needs no closing').not.toBeClosed()
  })

  it('8.3 when a later iterable ends, closes the ones before it', () => {
    const long = infiniteSource(undefined, { label: 'the first iterable' })
    const short = spySource(['a'], { label: 'the second (shorter) iterable' })
    collect(zip(long, short))
    expect(long).toBeClosedOnce()
    expect(short, 'the second iterable said done: it needs no closing').not.toBeClosed()
  })

  it('8.4 closes every iterable when the consumer stops early', () => {
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

  it('8.5 closes the others, but not the one whose next() threw', () => {
    const a = infiniteSource(undefined, { label: 'the first iterable' })
    const b = infiniteSource(undefined, {
      label: 'the second iterable',
      fail: { after: 1, error: sourceFailure },
    })
    const c = infiniteSource(undefined, { label: 'the third iterable' })
    expect(() => collect(zip(a, b, c)), "the second iterable's error comes out").toThrow(
      sourceFailure,
    )
    expect(
      b,
      "the second iterable's own next() threw, so it is finished: close the others, never that one",
    ).not.toBeClosed()
    expect(a, 'an error ends zip: close the iterables that are still open').toBeClosedOnce()
    expect(c, 'an error ends zip: close the iterables that are still open').toBeClosedOnce()
  })

  it('8.6 closes all the others when one return() throws, then lets that error out', () => {
    const a = infiniteSource(undefined, {
      label: 'the first iterable',
      failOnReturn: closeFailure,
    })
    const b = infiniteSource(undefined, { label: 'the second iterable' })
    const rows = zip(a, b, ['x'])
    let error: unknown
    try {
      collect(rows)
    } catch (thrown) {
      error = thrown
    }
    expect(
      error,
      a.returns === 0
        ? 'the third iterable ended, and zip never closed the first (8.3)'
        : "the first iterable's return() threw: that error must come out of zip",
    ).toBe(closeFailure)
    expect(
      b,
      "the first iterable's return() threw, and the second was never closed: close each in its own try, so one failure does not stop the rest",
    ).toBeClosedOnce()
  })

  it("8.6 lets a source's error out rather than a return() error", () => {
    const a = infiniteSource(undefined, {
      label: 'the first iterable',
      failOnReturn: closeFailure,
    })
    const failing = new Error('the second iterable broke')
    const b: Iterable<number> = {
      [Symbol.iterator]: () => ({
        next: () => {
          throw failing
        },
      }),
    }
    expect(
      () => collect(zip(a, b)),
      "a next() error is already on its way out when the closing starts: that one wins over the first iterable's return() error",
    ).toThrow(failing)
  })

  it('8.6 lets the first return() error out when several throw', () => {
    const firstFailure = new Error("the first iterable's return() failed")
    const secondFailure = new Error("the second iterable's return() failed")
    const a = infiniteSource(undefined, { label: 'the first iterable', failOnReturn: firstFailure })
    const b = infiniteSource(undefined, {
      label: 'the second iterable',
      failOnReturn: secondFailure,
    })
    let error: unknown
    try {
      collect(zip(a, b, ['x']))
    } catch (thrown) {
      error = thrown
    }
    expect(
      error,
      error === secondFailure
        ? 'the last return() error got out: keep the first one (failure ??= …), as the spec keeps the first error when it closes several iterators'
        : 'two return()s threw: the first of them must come out of zip',
    ).toBe(firstFailure)
    expect([a.returns, b.returns], 'close every iterable, once, even when one throws').toEqual([
      1, 1,
    ])
  })

  it('8.7 closes the iterables already opened when opening one throws', () => {
    const a = spySource([1, 2], { label: 'the first iterable' })
    const broken = {
      [Symbol.iterator](): Iterator<number> {
        throw new Error('cannot open')
      },
    }
    const c = spySource([3], { label: 'the third iterable' })
    expect(() => zip(a, broken, c).next(), 'the error from opening comes out').toThrow(
      'cannot open',
    )
    expect(
      c,
      'opening the second iterable threw: stop there, and open none after it',
    ).not.toHaveBeenOpened()
    expect(
      a,
      'opening the second iterable threw after the first was opened: close the first before the error leaves (open them inside the try)',
    ).toBeClosedOnce()
  })
})
