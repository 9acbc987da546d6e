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

const threw = (result: unknown) => typeof result === 'string'

/** What `run` throws, or undefined when it throws nothing. */
function errorOf(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return undefined
}

/** The message of what `run` throws, or undefined when it throws nothing. */
function messageOf(run: () => unknown): string | undefined {
  const error = errorOf(run)
  return error === undefined ? undefined : error instanceof Error ? error.message : String(error)
}
const oneToTwenty = Array.from({ length: 20 }, (_, index) => index + 1)
const done = { done: true, value: undefined }

/** What a source's own failures throw: a broken next(), a broken return(). */
const sourceFailure = new Error("the source's next() failed")
const closeFailure = new Error("the source's return() failed")

/** A MyNumbers(limit) that has just given its last number. */
function atTheEnd(limit: number): Iterator<number> {
  const numbers = new MyNumbers(limit)[Symbol.iterator]()
  for (let count = 0; count < limit; count += 1) numbers.next()
  return numbers
}

describe('1. MyNumbers', () => {
  it('1.1 counts 1 to limit, the limit included: new MyNumbers(3) is 1, 2, 3', () => {
    const values = valuesOf(new MyNumbers(3))
    expect(
      values,
      Array.isArray(values) && values.length === 2
        ? 'the limit itself is missing: keep going while the number is <= limit, not < limit'
        : 'new MyNumbers(3) yields 1, 2, 3: start at 1 and stop after the limit',
    ).toEqual([1, 2, 3])
    expect(valuesOf(new MyNumbers(1)), 'new MyNumbers(1) yields just 1').toEqual([1])
  })

  it('1.2 yields nothing for a limit of 0: 0 is a limit, not a missing one', () => {
    const values = valuesOf(new MyNumbers(0))
    expect(
      values,
      Array.isArray(values) && values.length === 20
        ? 'new MyNumbers(0) counted to 20: `limit || 20` treats 0 as "no limit"; let the default parameter (limit = 20) stand in for a missing limit only'
        : 'with limit 0 the very first next() is done',
    ).toEqual([])
  })

  it('1.2 yields nothing for a limit below 0', () => {
    const values = valuesOf(new MyNumbers(-2))
    expect(
      values,
      typeof values === 'string'
        ? 'new MyNumbers(-2) never stopped: a check that the count has reached exactly limit + 1 misses a limit below 0; stop once the count is past the limit (a > limit)'
        : 'a limit below 0 leaves no number from 1 up to it: new MyNumbers(-2) yields nothing',
    ).toEqual([])
  })

  it('1.3 answers { done: true, value: undefined } after the last number', () => {
    const result: unknown = atTheEnd(2).next()
    expect(
      result,
      'the end is { done: true, value: undefined }: a done result carries no number',
    ).toEqual(done)
  })

  it('1.4 does not throw after the end, as Python would', () => {
    const results = laterResults(atTheEnd(1), 3)
    expect(
      results.filter(threw),
      'the end is a result, { done: true, value: undefined }, not an error: JavaScript has no StopIteration, so next() must not throw',
    ).toEqual([])
  })

  it('1.5 stays done on every later call: it does not start again by itself', () => {
    const results = laterResults(atTheEnd(2), 4)
    expect(
      results,
      results.some(threw)
        ? 'next() threw after the end: every later call answers { done: true, value: undefined } instead'
        : results.some((result) => (result as IteratorResult<unknown>).done === false)
          ? 'once done, always done: after the end, next() started counting again; leave the count where it is, and let only [Symbol.iterator]() start over'
          : 'every later call answers exactly { done: true, value: undefined }',
    ).toEqual([done, done, done, done])
  })

  it('1.6 returns itself from [Symbol.iterator](), as __iter__ returns self', () => {
    const numbers = new MyNumbers()
    expect(
      numbers[Symbol.iterator]() === numbers,
      '[Symbol.iterator]() should return `this`: MyNumbers is its own iterator, not a maker of new ones',
    ).toBe(true)
  })

  it('1.7 starts again at 1 when [Symbol.iterator]() is called, even after the end', () => {
    const numbers = new MyNumbers(3)
    valuesOf(numbers)
    expect(
      valuesOf(numbers),
      "[Symbol.iterator]() must reset the count to 1, as the seed's __iter__ sets self.a = 1: a second loop starts again",
    ).toEqual([1, 2, 3])
  })
})

describe('2. take', () => {
  it('2.1 takes the first n values, in order, from any iterable', () => {
    const taken = take([1, 2, 3, 4, 5], 3)
    expect(
      taken,
      taken.length === 2
        ? 'one value short: the n-th value was pulled but not kept; push each value before you check whether you have n'
        : 'take(x, 3) is the first three values of x',
    ).toEqual([1, 2, 3])
    expect(take(new Set(['a', 'b', 'c']), 2), 'take() works on any iterable').toEqual(['a', 'b'])
  })

  it('2.1 takes fewer values when the source ends first', () => {
    expect(
      take(['a', 'b'], 5),
      'when the source is done before n values, return what there was, and nothing for the missing ones',
    ).toEqual(['a', 'b'])
  })

  it('2.2 pulls exactly n values, so it works on an infinite source', () => {
    const source = infiniteSource()
    expect(take(source, 3)).toEqual([0, 1, 2])
    expect(source).toHavePulled(3)
  })

  it('2.2 does not pull the value after the n-th', () => {
    const source = spySource([1, 2, 3, 4, 5])
    take(source, 2)
    expect(
      source,
      source.pulls === 3
        ? 'check whether you have n right after you push the n-th value, not at the top of the loop'
        : 'take(x, 2) needs two values: pull those and no more (spreading the source reads all of it)',
    ).toHavePulled(2)
  })

  it('2.3 takes nothing for n = 0, without even opening the source', () => {
    const source = infiniteSource()
    expect(take(source, 0), 'take(x, 0) is an empty array').toEqual([])
    expect(
      source,
      'take(x, 0) has no value to take: return [] before you touch the source (no for...of, no [Symbol.iterator]())',
    ).not.toHaveBeenOpened()
  })

  it('2.3 opens the source once', () => {
    const source = spySource([1, 2, 3])
    take(source, 2)
    expect(
      source.opens,
      'the source was opened more than once: calling [Symbol.iterator]() to check that it is iterable opens it (a resettable iterator such as MyNumbers even starts over); let the for...of loop open it, once',
    ).toBe(1)
  })

  it('2.4 closes the source once when it stops before the end', () => {
    const source = spySource([1, 2, 3, 4, 5])
    take(source, 2)
    expect(source).toBeClosedOnce()
  })

  it('2.4 closes the source when the n-th value was its last: it has not said done yet', () => {
    const source = spySource([1, 2])
    take(source, 2)
    expect(
      source,
      'take(x, 2) stopped after the second value without hearing done from x (2.2 forbids that pull), so x is still open: close it',
    ).toBeClosedOnce()
  })

  it('2.5 does not close a source that ended by itself', () => {
    const source = spySource([1, 2])
    take(source, 5)
    expect(
      source,
      'the source said done by itself, so it is finished and needs no closing: call return() only when you stop before the end',
    ).not.toBeClosed()
  })

  it.each([
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])('2.6 throws a RangeError for n = %s, before opening the source', (_, n) => {
    const source = spySource([1, 2, 3])
    expect(
      () => take(source, n),
      'n must be a whole number >= 0 (Number.isInteger(n) && n >= 0): throw a RangeError for anything else, rather than rounding or ignoring it',
    ).toThrow(RangeError)
    expect(source, 'check the count before you touch the source').not.toHaveBeenOpened()
  })

  it('2.6 takes -0 as 0', () => {
    const source = spySource([1, 2, 3])
    expect(take(source, -0), '-0 is the whole number 0: take(x, -0) is []').toEqual([])
    expect(source, 'take(x, -0) is take(x, 0): it opens nothing').not.toHaveBeenOpened()
  })

  it.each([
    ['-1', -1],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
  ])("2.7 shows the refused count n = %s in the RangeError's message", (shown, n) => {
    const message = messageOf(() => take([1], n))
    expect(
      message,
      message === undefined
        ? `take(x, ${shown}) threw nothing, so there is no message yet: refuse the count first (2.6)`
        : `say in the message which n was refused: it should show ${shown}`,
    ).toContain(shown)
  })
})

/** A wrapped spy source with an onClose spy, the two things the withCleanup tests watch. */
function wrap(values: number[], options: Parameters<typeof spySource>[1] = {}) {
  const source = spySource(values, options)
  const onClose = vi.fn()
  return { source, onClose, wrapped: withCleanup(source, onClose) }
}

describe('3. withCleanup', () => {
  it('3.1 passes every value through, in order', () => {
    expect(valuesOf(withCleanup(['a', 'b', 'c'], vi.fn()))).toEqual(['a', 'b', 'c'])
  })

  it('3.1 pulls one value from the source per value asked for, so it works on an infinite source', () => {
    const source = infiniteSource()
    const wrapped = withCleanup(source, vi.fn())
    wrapped.next()
    expect(
      source,
      'the first next() pulled more than one value: do not read ahead, pull the source once per next()',
    ).toHavePulled(1)
    expect(pull(wrapped, 2)).toEqual([1, 2])
    expect(source).toHavePulled(3)
  })

  it('3.2 is its own iterable, so a for...of loop can walk it', () => {
    const wrapped = withCleanup([1, 2], vi.fn())
    expect(
      wrapped[Symbol.iterator]?.() === wrapped,
      'withCleanup returns an IterableIterator: its [Symbol.iterator]() returns the object itself',
    ).toBe(true)
  })

  it('3.3 opens the source once, when withCleanup is called', () => {
    const { source, wrapped } = wrap([1, 2])
    expect(
      source.opens,
      source.opens === 0
        ? 'withCleanup() did not open the source: open it at the call (iterable[Symbol.iterator]()), so that even a return() before any next() has a source to close'
        : 'the source was opened more than once: open it once, at the call, and keep the iterator',
    ).toBe(1)
    valuesOf(wrapped)
    expect(source.opens, 'keep the iterator you opened: do not open the source again').toBe(1)
  })

  it('3.4 calls onClose once, at the end, when the source is done', () => {
    const { onClose, wrapped } = wrap([1, 2])
    wrapped.next()
    wrapped.next()
    expect(
      onClose,
      'onClose ran before the iteration ended: wait until the source says done (a source that gave its last value may not know yet that it is done)',
    ).not.toHaveBeenCalled()
    wrapped.next()
    expect(
      onClose,
      'the source said done, so the iteration is over: call onClose then',
    ).toHaveBeenCalledTimes(1)
  })

  it('3.4 does not close a source that is done', () => {
    const { source, wrapped } = wrap([1])
    valuesOf(wrapped)
    expect(
      source,
      'the source said done by itself: it is finished, so do not call its return(); only an early stop closes it',
    ).not.toBeClosed()
  })

  it("3.4 answers { done: true, value: undefined } at the end, dropping the source's return value", () => {
    const wrapped = withCleanup(
      (function* () {
        yield 1
        return 'the end'
      })(),
      vi.fn(),
    )
    wrapped.next()
    const end: unknown = wrapped.next()
    expect(
      end,
      "next() handed on the source's own done result with its return value: answer { done: true, value: undefined }, as the built-in helpers do",
    ).toEqual(done)
  })

  it('3.5 calls onClose once and closes the source when a for...of loop breaks', () => {
    const { source, onClose, wrapped } = wrap([1, 2, 3, 4])
    for (const value of wrapped) if (value === 2) break
    expect(
      onClose,
      'on break, for...of calls return() on the iterator: call onClose from return()',
    ).toHaveBeenCalledTimes(1)
    expect(source).toBeClosedOnce()
  })

  it('3.5 calls onClose once and closes the source when return() is called', () => {
    const { source, onClose, wrapped } = wrap([1, 2, 3, 4])
    wrapped.next()
    wrapped.return?.()
    expect(onClose, 'return() is an early stop: call onClose').toHaveBeenCalledTimes(1)
    expect(source).toBeClosedOnce()
  })

  it('3.6 closes the source and calls onClose when return() comes before any next()', () => {
    const { source, onClose, wrapped } = wrap([1, 2, 3])
    wrapped.return?.()
    expect(
      onClose,
      "return() before the first next() is an early stop too: call onClose (a generator's finally does not run then, because the generator never started)",
    ).toHaveBeenCalledTimes(1)
    expect(source, 'an early stop closes the source, even before the first next()').toBeClosedOnce()
  })

  it('3.7 return() answers { done: true, value: undefined }, whatever it is passed', () => {
    const { wrapped } = wrap([1, 2, 3])
    wrapped.next()
    const returned: unknown = wrapped.return?.('ignored')
    expect(
      returned,
      'return() answers { done: true, value: undefined }, as the built-in iterator helpers do; for...of needs an object there',
    ).toEqual(done)
  })

  it('3.7 is done after return(), and pulls nothing more from the source', () => {
    const { source, wrapped } = wrap([1, 2, 3])
    wrapped.next()
    wrapped.return?.()
    const results = laterResults(wrapped, 2)
    expect(
      results,
      'after return(), next() answers { done: true, value: undefined }: the iteration is over',
    ).toEqual([done, done])
    expect(source).toHavePulled(1)
  })

  it("3.7 calls the source's return() with no argument, whatever the wrapper's return() is passed", () => {
    const passed: unknown[][] = []
    let position = 0
    const source: Iterable<number> = {
      [Symbol.iterator]: () => ({
        next: () => (position < 3 ? { done: false, value: position++ } : { done: true, value: 3 }),
        return: (...args: unknown[]) => {
          passed.push(args)
          return { done: true, value: undefined }
        },
      }),
    }
    const wrapped = withCleanup(source, vi.fn())
    wrapped.next()
    wrapped.return?.('ignored')
    expect(
      passed,
      passed.length === 0
        ? "return() never called the source's return(): an early stop closes the source (3.5)"
        : "the source's return() was handed the wrapper's argument: call it with none, as for...of does",
    ).toEqual([[]])
  })

  it('3.8 calls onClose once when the source throws, and lets the error through', () => {
    const { onClose, wrapped } = wrap([1, 2, 3], { fail: { after: 1, error: sourceFailure } })
    wrapped.next()
    expect(
      () => wrapped.next(),
      "the source's error must reach the caller unchanged: catch it only to clean up, then throw it again",
    ).toThrow(sourceFailure)
    expect(
      onClose,
      'an error from the source ends the iteration too: call onClose (try/catch around source.next()), then rethrow',
    ).toHaveBeenCalledTimes(1)
  })

  it('3.8 is done after the source threw, and pulls it no more', () => {
    const { source, wrapped } = wrap([1, 2, 3], { fail: { after: 1, error: sourceFailure } })
    wrapped.next()
    expect(() => wrapped.next()).toThrow(sourceFailure)
    expect(
      laterResults(wrapped, 2),
      'after the source threw, next() answers { done: true, value: undefined }',
    ).toEqual([done, done])
    expect(
      source,
      'the source threw, so the iteration is over: a later next() must answer done without pulling the source again (remember that it ended)',
    ).toHavePulled(2)
  })

  it('3.9 does not close a source whose own next() threw', () => {
    const { source, wrapped } = wrap([1, 2, 3], { fail: { after: 0, error: sourceFailure } })
    expect(() => wrapped.next()).toThrow(sourceFailure)
    expect(
      source,
      "the source's own next() threw, so it is finished: do not call its return() (for...of does not either); only run onClose",
    ).not.toBeClosed()
  })

  it('3.10 calls onClose only once, however often it is told afterwards that the iteration is over', () => {
    const { onClose, wrapped } = wrap([1])
    wrapped.next()
    wrapped.next()
    wrapped.next()
    wrapped.return?.()
    wrapped.return?.()
    expect(
      onClose,
      'onClose ran more than once: remember that it has run (a flag), and do nothing the next time',
    ).toHaveBeenCalledTimes(1)
  })

  it('3.10 closes the source at most once: not again on a second return(), nor after the end', () => {
    const stopped = wrap([1, 2, 3])
    stopped.wrapped.next()
    stopped.wrapped.return?.()
    stopped.wrapped.return?.()
    expect(
      stopped.source,
      stopped.source.returns === 0
        ? 'return() never closed the source: an early stop calls source.return?.() (3.5)'
        : 'a second return() must not close the source again',
    ).toBeClosedOnce()

    const finished = wrap([1])
    valuesOf(finished.wrapped)
    finished.wrapped.return?.()
    expect(
      finished.source,
      'the wrapper had ended (the source said done), so a later return() has nothing to do: leave the finished source alone',
    ).not.toBeClosed()
  })

  it('3.10 lets an error from onClose out, and is finished all the same', () => {
    const source = spySource([1, 2])
    const onClose = vi.fn(() => {
      throw new Error('onClose failed')
    })
    const wrapped = withCleanup(source, onClose)
    wrapped.next()
    expect(() => wrapped.return?.(), "onClose's error reaches the caller").toThrow('onClose failed')
    expect(
      () => wrapped.return?.(),
      'onClose ran again after it threw: set the "closed" flag before you call onClose, so a failing onClose still counts as run',
    ).not.toThrow()
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('3.11 calls onClose once even when the source stops the wrapper from inside its own next()', () => {
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

  it("3.12 still calls onClose when the source's return() throws, and lets that error out", () => {
    const { source, onClose, wrapped } = wrap([1, 2, 3], { failOnReturn: closeFailure })
    wrapped.next()
    const error = errorOf(() => wrapped.return?.())
    expect(
      error,
      source.returns === 0
        ? "return() never called the source's return(): an early stop closes the source (3.5)"
        : "the source's return() threw: let its error reach the caller",
    ).toBe(closeFailure)
    expect(
      onClose,
      "the source's return() threw, and onClose never ran: call onClose in a finally after source.return?.(), so the cleanup happens whatever the source does",
    ).toHaveBeenCalledTimes(1)
    expect(laterResults(wrapped, 1), 'the wrapper is finished: next() is done').toEqual([done])
  })

  it('3.13 stops early without failing when the source has no return(), as array iterators do', () => {
    const { onClose, wrapped } = wrap([1, 2, 3], { closable: false })
    expect(() => {
      for (const value of wrapped) if (value === 1) break
    }, 'return() is optional on an iterator: call it as source.return?.()').not.toThrow()
    expect(
      onClose,
      'an early stop calls onClose, whether or not the source can be closed',
    ).toHaveBeenCalledTimes(1)
  })
})

describe('4. the seed example', () => {
  it('4.1 prints 1 to 20 in a for...of loop, which stops by itself', () => {
    const myclass = new MyNumbers()
    const myiter = myclass[Symbol.iterator]()
    const printed: number[] = []
    for (const x of myiter) {
      printed.push(x)
      if (printed.length > 20) break // a MyNumbers that never stops fails here instead of hanging
    }
    expect(
      printed,
      printed.length > 20
        ? "new MyNumbers() never stopped: with no limit it counts to 20, the seed's default (constructor(limit = 20))"
        : 'new MyNumbers() counts 1 to 20, then next() says done and the loop ends',
    ).toEqual(oneToTwenty)
  })
})
