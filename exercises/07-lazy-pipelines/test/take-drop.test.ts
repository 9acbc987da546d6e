import {
  collect,
  infiniteSource,
  itClosesWhenTheCallbackThrows,
  itIsLazy,
  pull,
  spySource,
} from '@iterlings/testing'
import { describe, expect, it, vi } from 'vitest'
import { drop, dropWhile, take, takeWhile } from '../src/index.ts'

const badCounts = [
  ['-1', -1],
  ['1.5', 1.5],
  ['NaN', NaN],
  ['Infinity', Infinity],
] as const

/** What `run` throws, or undefined when it throws nothing. */
function errorOf(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

/** The RangeError rule: thrown when the function is called, before any next(). */
function itRefusesBadCounts(rule: string, name: string, call: (n: number) => unknown): void {
  it.each(badCounts)(`${rule} throws a RangeError when it is called with n = %s`, (_, n) => {
    const error = errorOf(() => call(n))
    expect(
      error,
      error === undefined
        ? `${name}(x, ${n}) threw nothing when it was called: check the count in a plain function before you return the generator (code inside a generator body runs only at the first next()); Number.isInteger(n) && n >= 0 accepts exactly the good counts`
        : `a bad count is a RangeError (not a TypeError or an Error)`,
    ).toBeInstanceOf(RangeError)
  })
}

/** The message rule: it starts with the function's name and shows the count. */
function itNamesItselfInTheMessage(rule: string, name: string, call: (n: number) => unknown) {
  it.each(badCounts)(`${rule} says "${name}:" and shows n = %s in the message`, (shown, n) => {
    const error = errorOf(() => call(n))
    const message = error instanceof Error ? error.message : undefined
    expect(
      message ?? '(no message: nothing was thrown)',
      message === undefined
        ? `${name}(x, ${shown}) threw no error when it was called, so there is no message yet: refuse the count first`
        : `start the RangeError's message with "${name}:" and show the count (${name}: the count must be a whole number >= 0, got ${shown}), so an error in a long pipeline says which step got the bad count`,
    ).toMatch(new RegExp(`^${name}:.*${shown.replace('.', '\\.')}`))
  })
}

/** -0 is the whole number 0: it is a good count, and it counts as 0. */
function itTakesMinusZeroAsZero(
  rule: string,
  name: string,
  call: (source: Iterable<number>) => Iterable<number>,
  expected: number[],
) {
  it(`${rule} takes n = -0 as 0`, () => {
    const attempt = errorOf(() => collect(call(spySource([1, 2]))))
    expect(
      attempt,
      `${name}(x, -0) threw: -0 is the whole number 0 (Number.isInteger(-0) && -0 >= 0), a good count`,
    ).toBeUndefined()
    expect(collect(call(spySource([1, 2]))), `${name}(x, -0) is ${name}(x, 0)`).toEqual(expected)
  })
}

describe('3. take', () => {
  itIsLazy('take', (source) => take(source, 5), {
    lazy: '3.2',
    closes: '3.4',
    failedSource: '3.5',
  })
  itRefusesBadCounts('3.6', 'take', (n) => take(spySource([1]), n))
  itNamesItselfInTheMessage('3.7', 'take', (n) => take(spySource([1]), n))
  itTakesMinusZeroAsZero('3.6', 'take', (source) => take(source, -0), [])

  it('3.1 yields the first n values', () => {
    expect(collect(take([1, 2, 3, 4, 5], 3))).toEqual([1, 2, 3])
  })

  it('3.1 yields all the values of a source shorter than n', () => {
    expect(collect(take(['a', 'b'], 5))).toEqual(['a', 'b'])
  })

  it('3.2 pulls exactly n values, not n + 1', () => {
    const source = spySource([1, 2, 3, 4, 5])
    const values = collect(take(source, 2))
    expect(
      source,
      values.length === 2
        ? 'count each value right after you yield it and stop at n: a check at the top of the loop pulls one value too many'
        : 'take(x, 2) needs two values: pull those and no more',
    ).toHavePulled(2)
  })

  it('3.2 take(x, 0) yields nothing and never opens x', () => {
    const source = spySource([1, 2, 3])
    expect(collect(take(source, 0)), 'take(x, 0) yields nothing').toEqual([])
    expect(
      source,
      'take(x, 0) needs no value: return before the loop, so the source is never opened',
    ).not.toHaveBeenOpened()
  })

  it('3.3 closes the source at the next pull after the n-th value, without pulling it', () => {
    const source = infiniteSource()
    const taken = take(source, 2)
    taken.next()
    taken.next()
    expect(
      source,
      'take closed the source together with the n-th value: close it at the next pull, as Iterator.prototype.take does (the consumer may still be reading the n-th value)',
    ).not.toBeClosed()
    expect(taken.next(), 'after n values, take is done').toEqual({ done: true, value: undefined })
    expect(source, 'the next pull after the n-th value closes the source').toBeClosedOnce()
    expect(source, 'closing the source needs no pull').toHavePulled(2)
  })

  it('3.3 closes the source, once, when the consumer stops right after the n-th value', () => {
    const source = infiniteSource()
    const taken = take(source, 2)
    taken.next()
    taken.next()
    taken.return?.()
    expect(
      source,
      source.returns === 0
        ? 'the consumer stopped after the n-th value, before the pull that would close the source: that is an early stop, so close the source then'
        : 'close the source once',
    ).toBeClosedOnce()
    expect(source, 'closing the source needs no pull').toHavePulled(2)
  })

  it('3.4 closes the source when the consumer stops before the n-th value', () => {
    const source = infiniteSource()
    const taken = take(source, 5)
    taken.next()
    taken.return?.()
    expect(source).toBeClosedOnce()
  })

  it('3.4 does not close a source that ran out first', () => {
    const source = spySource([1, 2])
    collect(take(source, 5))
    expect(
      source,
      'the source ran out by itself before n values: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

describe('4. drop', () => {
  itIsLazy('drop', (source) => drop(source, 2), {
    lazy: '4.2',
    closes: '4.3',
    failedSource: '4.4',
  })
  itRefusesBadCounts('4.5', 'drop', (n) => drop(spySource([1]), n))
  itNamesItselfInTheMessage('4.6', 'drop', (n) => drop(spySource([1]), n))
  itTakesMinusZeroAsZero('4.5', 'drop', (source) => drop(source, -0), [1, 2])

  it('4.1 skips the first n values and yields the rest', () => {
    expect(collect(drop([1, 2, 3, 4, 5], 2)), 'drop n values, not n + 1 or n - 1').toEqual([
      3, 4, 5,
    ])
  })

  it('4.1 yields everything for n = 0 and nothing when n is past the end', () => {
    expect([collect(drop([1, 2], 0)), collect(drop([1, 2], 5))]).toEqual([[1, 2], []])
  })

  it('4.2 pulls n + 1 values to yield the first one', () => {
    const source = spySource([1, 2, 3, 4, 5])
    drop(source, 2).next()
    expect(source).toHavePulled(3)
  })

  it('4.2 stops pulling a source that ran out while it was skipping', () => {
    const source = spySource([1, 2], { limit: 10 })
    collect(drop(source, 5))
    expect(
      source,
      'the source said done while drop was still skipping: check `done` on every skipped result, and never pull a finished source again',
    ).toHavePulled(3)
  })

  it('4.3 does not close a source that ran out', () => {
    const source = spySource([1, 2, 3])
    collect(drop(source, 1))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

describe('5. takeWhile', () => {
  itIsLazy('takeWhile', (source) => takeWhile(source, () => true), {
    lazy: '5.3',
    closes: '5.4',
    failedSource: '5.6',
  })
  itClosesWhenTheCallbackThrows('5.5', 'the predicate', (source, fail) =>
    takeWhile(source, (value) => {
      fail(value)
      return true
    }),
  )

  it('5.1 yields values while the predicate holds and stops at the first that fails', () => {
    const values = collect(takeWhile([1, 2, 5, 1, 2], (value) => value < 3))
    expect(
      values,
      values.includes(5)
        ? 'the first value that fails is not yielded: ask the predicate before you yield'
        : 'takeWhile stops for good at the first failing value; it is not a filter',
    ).toEqual([1, 2])
  })

  it('5.1 passes each value with its index', () => {
    expect(collect(takeWhile(['a', 'b', 'c', 'd'], (_, index) => index < 2))).toEqual(['a', 'b'])
  })

  it('5.2 counts the predicate by truthiness', () => {
    const answers: unknown[] = [1, 'yes', true, 0, 'never']
    expect(
      collect(takeWhile([0, 1, 2, 3, 4], (index) => answers[index] as boolean)),
      'a predicate that answers 1 or "yes" holds: test `if (!predicate(...))`, not `!== true`',
    ).toEqual([0, 1, 2])
  })

  it('5.3 stops pulling at the first failing value', () => {
    const source = infiniteSource()
    collect(takeWhile(source, (value) => value < 3))
    expect(
      source,
      'the value 3 fails, so nothing after it is needed: stop there (return), do not read on',
    ).toHavePulled(4)
  })

  it('5.4 closes the source at the first failing value', () => {
    const source = infiniteSource()
    collect(takeWhile(source, (value) => value < 3))
    expect(
      source,
      source.returns === 0
        ? 'takeWhile stopped before the source was done: close it (leaving a for...of loop with return does)'
        : 'close the source once',
    ).toBeClosedOnce()
  })

  it('5.4 does not close a source that ran out', () => {
    const source = spySource([1, 2])
    collect(takeWhile(source, () => true))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})

describe('6. dropWhile', () => {
  itIsLazy('dropWhile', (source) => dropWhile(source, () => false), {
    lazy: '6.4',
    closes: '6.5',
    failedSource: '6.7',
  })
  itClosesWhenTheCallbackThrows('6.6', 'the predicate', (source, fail) =>
    dropWhile(source, (value) => {
      fail(value)
      return true
    }),
  )

  it('6.1 drops the leading values that pass, then yields everything after', () => {
    expect(
      collect(dropWhile([1, 2, 5, 1, 2], (value) => value < 3)),
      'dropWhile drops only the leading values: after the first failing value it yields everything, even values that pass',
    ).toEqual([5, 1, 2])
  })

  it('6.1 passes each value with its index, from 0', () => {
    expect(
      collect(dropWhile(['a', 'b', 'c', 'd'], (_, index) => index < 2)),
      'the index counts the values from 0: the first value is index 0',
    ).toEqual(['c', 'd'])
  })

  it('6.1 yields nothing when every value passes', () => {
    expect(collect(dropWhile([1, 2], () => true))).toEqual([])
  })

  it('6.2 stops asking the predicate after the first failing value', () => {
    const predicate = vi.fn((value: number) => value < 3)
    collect(dropWhile([1, 2, 5, 1, 2], predicate))
    expect(
      predicate.mock.calls.length,
      'once a value fails the predicate, dropping is over: do not call the predicate again',
    ).toBe(3)
  })

  it('6.3 counts the predicate by truthiness', () => {
    const answers: unknown[] = [1, 'yes', 0, 'again']
    expect(
      collect(dropWhile([0, 1, 2, 3], (index) => answers[index] as boolean)),
      'a predicate that answers 1 or "yes" holds, so the value is dropped: test `if (predicate(...))`, not `=== true`',
    ).toEqual([2, 3])
  })

  it('6.4 pulls only up to the first value it yields', () => {
    const source = spySource([1, 2, 5, 6])
    pull(
      dropWhile(source, (value) => value < 3),
      1,
    )
    expect(source).toHavePulled(3)
  })

  it('6.5 does not close a source that ran out', () => {
    const source = spySource([1, 2])
    collect(dropWhile(source, () => false))
    expect(
      source,
      'the source ran out by itself: it is finished and needs no closing',
    ).not.toBeClosed()
  })
})
