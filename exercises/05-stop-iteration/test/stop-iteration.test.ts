import { infiniteSource, pull, spySource } from '@iterlings/testing'
import { describe, expect, it, vi } from 'vitest'
import { MyNumbers, take, withCleanup } from '../src/index.ts'

const READ_LIMIT = 1_000

/**
 * The values of an iterable, read with a bound: one that never says done gives a sentence instead
 * of hanging the run, and the assertion's own message then says what went wrong.
 */
function valuesOf<T>(iterable: Iterable<T>): T[] | string {
  const values = pull(iterable, READ_LIMIT + 1)
  return values.length > READ_LIMIT ? `never done after ${READ_LIMIT} values` : values
}

/** What `count` more next() calls give; a call that throws shows up as the error's message. */
function laterResults(iterator: Iterator<unknown>, count: number): unknown[] {
  return Array.from({ length: count }, () => {
    try {
      return iterator.next()
    } catch (error) {
      return `threw ${String(error)}`
    }
  })
}

const oneToTwenty = Array.from({ length: 20 }, (_, index) => index + 1)
const done = { done: true, value: undefined }

describe('1. MyNumbers', () => {
  it('counts 1 to 20 by default, as the seed does', () => {
    expect(
      valuesOf(new MyNumbers()),
      'new MyNumbers() counts 1 to 20: give limit the default value 20 (constructor(limit = 20))',
    ).toEqual(oneToTwenty)
  })

  it('counts 1 to limit, limit included: new MyNumbers(3) is 1, 2, 3', () => {
    expect(
      valuesOf(new MyNumbers(3)),
      'limit itself is the last number: keep going while the number is <= limit, and use the limit you were given',
    ).toEqual([1, 2, 3])
  })

  it('yields nothing at all for a limit of 0', () => {
    expect(valuesOf(new MyNumbers(0)), 'with limit 0 the very first next() is done').toEqual([])
  })

  it('answers { done: true, value: undefined } after the last number', () => {
    const numbers = new MyNumbers(2)[Symbol.iterator]()
    numbers.next()
    numbers.next()
    const result: unknown = numbers.next()
    expect(
      result,
      'the end is { done: true, value: undefined }: a done result carries no number',
    ).toEqual(done)
  })

  it('does not throw after the end, as Python would', () => {
    const numbers = new MyNumbers(1)[Symbol.iterator]()
    numbers.next()
    expect(
      laterResults(numbers, 1),
      'the end is a result, { done: true, value: undefined }, not an error: JavaScript has no StopIteration, so next() must not throw',
    ).toEqual([done])
  })

  it('stays done on every later call: it does not start again by itself', () => {
    const numbers = new MyNumbers(2)[Symbol.iterator]()
    numbers.next()
    numbers.next()
    expect(
      laterResults(numbers, 4),
      'once done, always done: every later next() answers { done: true, value: undefined } again; only [Symbol.iterator]() starts over',
    ).toEqual([done, done, done, done])
  })

  it('returns itself from [Symbol.iterator](), as __iter__ returns self', () => {
    const numbers = new MyNumbers()
    expect(
      numbers[Symbol.iterator]() === numbers,
      '[Symbol.iterator]() should return `this`: MyNumbers is its own iterator',
    ).toBe(true)
  })

  it('starts again at 1 when [Symbol.iterator]() is called, even after the end', () => {
    const numbers = new MyNumbers(3)
    valuesOf(numbers)
    expect(
      valuesOf(numbers),
      "[Symbol.iterator]() must reset the count to 1, as the seed's __iter__ sets self.a = 1: a second loop starts again",
    ).toEqual([1, 2, 3])
  })
})

describe('2. take', () => {
  it('takes the first n values', () => {
    expect(take([1, 2, 3, 4, 5], 3)).toEqual([1, 2, 3])
    expect(take(new Set(['a', 'b', 'c']), 2), 'take() works on any iterable').toEqual(['a', 'b'])
  })

  it('takes fewer values when the source ends first', () => {
    expect(
      take(['a', 'b'], 5),
      'when the source is done before n values, return what there was',
    ).toEqual(['a', 'b'])
  })

  it('pulls exactly n values, so it works on an infinite source', () => {
    const source = infiniteSource()
    expect(take(source, 3)).toEqual([0, 1, 2])
    expect(source).toHavePulled(3)
  })

  it('takes nothing for n = 0, without even opening the source', () => {
    const source = infiniteSource()
    expect(take(source, 0), 'take(x, 0) is an empty array').toEqual([])
    expect(source).not.toHaveBeenOpened()
  })

  it('closes the source once when it stops before the end', () => {
    const source = spySource([1, 2, 3, 4, 5])
    take(source, 2)
    expect(source).toBeClosedOnce()
  })

  it('does not close a source that ended by itself', () => {
    const source = spySource([1, 2])
    take(source, 5)
    expect(source).not.toBeClosed()
  })

  it.each([
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('throws a RangeError for n = %s, before opening the source', (_, n) => {
    const source = spySource([1, 2, 3])
    expect(
      () => take(source, n),
      'n must be a whole number >= 0 (Number.isInteger(n) && n >= 0): throw a RangeError for anything else',
    ).toThrow(RangeError)
    expect(
      () => take(source, n),
      `say in the message which n was refused: it should show ${String(n)}`,
    ).toThrow(String(n))
    expect(source).not.toHaveBeenOpened()
  })
})

describe('3. withCleanup', () => {
  it('passes every value through, in order', () => {
    expect(valuesOf(withCleanup(['a', 'b', 'c'], vi.fn()))).toEqual(['a', 'b', 'c'])
  })

  it('pulls one value from the source per value asked for, so it works on an infinite source', () => {
    const source = infiniteSource()
    expect(pull(withCleanup(source, vi.fn()), 3)).toEqual([0, 1, 2])
    expect(source).toHavePulled(3)
  })

  it('is its own iterable, so a for...of loop can walk it', () => {
    const wrapped = withCleanup([1], vi.fn())
    expect(
      wrapped[Symbol.iterator]() === wrapped,
      'withCleanup returns an IterableIterator: its [Symbol.iterator]() returns the object itself',
    ).toBe(true)
  })

  it('calls onClose once, at the end, when the source is done', () => {
    const onClose = vi.fn()
    const source = spySource([1, 2])
    const wrapped = withCleanup(source, onClose)
    wrapped.next()
    wrapped.next()
    expect(
      onClose,
      'onClose ran before the iteration ended: wait for the source to say done',
    ).not.toHaveBeenCalled()
    wrapped.next()
    expect(
      onClose,
      'the source said done, so the iteration is over: call onClose then',
    ).toHaveBeenCalledTimes(1)
    expect(source).not.toBeClosed()
  })

  it('calls onClose once and closes the source when a for...of loop breaks', () => {
    const onClose = vi.fn()
    const source = spySource([1, 2, 3, 4])
    for (const value of withCleanup(source, onClose)) {
      if (value === 2) break
    }
    expect(
      onClose,
      'on break, for...of calls return() on the iterator: call onClose from return()',
    ).toHaveBeenCalledTimes(1)
    expect(source).toBeClosedOnce()
  })

  it('stops early without failing when the source has no return(), as array iterators do', () => {
    const onClose = vi.fn()
    const source = spySource([1, 2, 3], { closable: false })
    expect(() => {
      for (const value of withCleanup(source, onClose)) if (value === 1) break
    }, 'return() is optional on an iterator: call it as source.return?.()').not.toThrow()
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('calls onClose once when return() comes before any next()', () => {
    const onClose = vi.fn()
    const source = spySource([1, 2, 3])
    withCleanup(source, onClose).return?.()
    expect(
      onClose,
      "return() before the first next() is an early stop too (a generator's finally does not run then, because the generator never started): call onClose",
    ).toHaveBeenCalledTimes(1)
    expect(
      source.opens - source.returns,
      'the source was opened but not closed: an early stop closes the source, if it was opened',
    ).toBe(0)
  })

  it('calls onClose once when the source throws, and lets the error through', () => {
    const onClose = vi.fn()
    function* failing() {
      yield 1
      throw new Error('the disk is on fire')
    }
    const wrapped = withCleanup(failing(), onClose)
    wrapped.next()
    expect(
      () => wrapped.next(),
      "the source's error must reach the caller: catch it only to clean up, then throw it again",
    ).toThrow('the disk is on fire')
    expect(
      onClose,
      'an error from the source ends the iteration too: call onClose (try/catch around source.next()), then rethrow',
    ).toHaveBeenCalledTimes(1)
  })

  it('calls onClose only once, however often it is told afterwards that the iteration is over', () => {
    const onClose = vi.fn()
    const wrapped = withCleanup([1], onClose)
    wrapped.next()
    wrapped.next()
    wrapped.next()
    wrapped.return?.()
    expect(
      onClose,
      'onClose ran more than once: remember that it has run (a flag), and do nothing the next time',
    ).toHaveBeenCalledTimes(1)
  })

  it('calls onClose once even when the source stops the wrapper from inside its own next()', () => {
    const onClose = vi.fn()
    // A source that, as it ends, also tells the wrapper to stop: two ends arrive at once.
    const source: Iterable<number> = {
      [Symbol.iterator]: () => ({
        next: () => {
          wrapped.return?.()
          return { done: true, value: undefined }
        },
      }),
    }
    const wrapped = withCleanup(source, onClose)
    wrapped.next()
    expect(
      onClose,
      'onClose ran twice: check the "already closed" flag inside the cleanup itself, not only where next() and return() start',
    ).toHaveBeenCalledTimes(1)
  })

  it('closes the source and calls onClose once when return() is called twice', () => {
    const onClose = vi.fn()
    const source = spySource([1, 2, 3])
    const wrapped = withCleanup(source, onClose)
    wrapped.next()
    wrapped.return?.()
    wrapped.return?.()
    expect(onClose, 'a second return() must not call onClose again').toHaveBeenCalledTimes(1)
    expect(source).toBeClosedOnce()
  })

  it('is done after return(), and pulls nothing more from the source', () => {
    const source = spySource([1, 2, 3])
    const wrapped = withCleanup(source, vi.fn())
    wrapped.next()
    const returned: unknown = wrapped.return?.()
    expect(returned, 'return() answers { done: true, value: undefined }').toEqual(done)
    const result: unknown = wrapped.next()
    expect(result, 'after return(), next() answers { done: true, value: undefined }').toEqual(done)
    expect(source).toHavePulled(1)
  })
})

describe('4. the seed example', () => {
  it('prints 1 to 20 in a for...of loop, which stops by itself', () => {
    const myclass = new MyNumbers()
    const myiter = myclass[Symbol.iterator]()
    const printed: number[] = []
    for (const x of myiter) {
      printed.push(x)
      if (printed.length > 20) break // a MyNumbers that never stops fails here instead of hanging
    }
    expect(printed, 'the loop prints 1 to 20, then next() says done and the loop ends').toEqual(
      oneToTwenty,
    )
  })
})
