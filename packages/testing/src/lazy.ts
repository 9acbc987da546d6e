/**
 * The rules every lazy iterator function follows, as tests a suite adds to its own describe block,
 * so that each function of a lazy-pipeline exercise is held to them in the same words. Each test
 * is titled with the rule id the exercise's README gives that rule for that function.
 */
import { expect, it } from 'vitest'
import { pull } from './collect.ts'
import { infiniteSource } from './sources.ts'

export interface LazyRules {
  /** Opens nothing at the call, is its own iterable, reads an infinite source a little at a time. */
  lazy: string
  /** Closes the source, once, when the consumer stops early. */
  closes: string
  /** Lets an error from the source's own next() out, and never closes that source. */
  failedSource: string
}

/**
 * Adds five tests to the current describe block, one or more per rule of `rules`. `apply` calls
 * the function under test (`name`, for the messages) on the (infinite, numbered 0, 1, 2, …) source
 * it is given, with arguments that let values through.
 */
export function itIsLazy(
  name: string,
  apply: (source: Iterable<number>) => Iterator<unknown>,
  rules: LazyRules,
): void {
  it(`${rules.lazy} opens nothing when it is called: the work starts at the first next()`, () => {
    const source = infiniteSource()
    apply(source)
    expect(
      source,
      `${name}() touched its source when it was called: a generator's body waits for the first next(), so do the work there (a check such as iterable[Symbol.iterator]() opens the source too)`,
    ).not.toHaveBeenOpened()
  })

  it(`${rules.lazy} returns an iterator that is its own iterable`, () => {
    const result = apply(infiniteSource()) as Partial<Iterable<unknown>>
    expect(
      result[Symbol.iterator]?.() === result,
      'return an IterableIterator, such as a generator object, whose [Symbol.iterator]() returns itself',
    ).toBe(true)
  })

  it(`${rules.lazy} reads an infinite source a little at a time`, () => {
    const source = infiniteSource()
    expect(
      pull(apply(source), 3).length,
      'three values should come out of an infinite source',
    ).toBe(3)
  })

  it(`${rules.closes} closes the source once when the consumer stops early`, () => {
    const source = infiniteSource()
    const result = apply(source)
    pull(result, 2)
    result.return?.()
    expect(
      source,
      source.returns === 0
        ? `the consumer called return() on ${name}'s iterator, and the source stayed open: pass the stop on to the source (a for...of loop in a generator does, when the generator's return() ends it)`
        : `close the source once, when the consumer stops`,
    ).toBeClosedOnce()
  })

  it(`${rules.failedSource} lets an error from the source's next() out, and never closes that source`, () => {
    const failure = new Error("the source's next() failed")
    const source = infiniteSource(undefined, { fail: { after: 1, error: failure } })
    const result = apply(source)
    let error: unknown
    try {
      pull(result, 10)
    } catch (thrown) {
      error = thrown
    }
    expect(error, `the source's next() threw: that error must come out of ${name} as it is`).toBe(
      failure,
    )
    result.return?.()
    expect(
      source,
      "the source's own next() threw, so it is finished: never call its return(), not even when the consumer calls return() afterwards (a for...of loop does not close it either)",
    ).not.toBeClosed()
  })
}

/**
 * Adds a test that the function closes its source when its callback throws, and lets the error
 * out. `apply` builds the function under test around `fail`, which throws once it sees a value
 * of 1 or more: call it first in the callback, then answer so that values go on through.
 */
export function itClosesWhenTheCallbackThrows(
  rule: string,
  callback: string,
  apply: (source: Iterable<number>, fail: (value: number) => void) => Iterator<unknown>,
): void {
  it(`${rule} closes the source when ${callback} throws, and lets the error out`, () => {
    const source = infiniteSource()
    const boom = new Error(`${callback} failed`)
    const result = apply(source, (value) => {
      if (value >= 1) throw boom
    })
    expect(() => pull(result, 5), `the error from ${callback} must come out as it is`).toThrow(boom)
    expect(
      source,
      source.returns === 0
        ? `${callback} threw, and the source stayed open: call ${callback} inside a for...of loop, which closes the source when an error leaves its body (or close it yourself before you rethrow)`
        : `close the source once`,
    ).toBeClosedOnce()
  })
}
