/**
 * The rules every lazy iterator function follows, as tests a suite adds to its own describe block,
 * so that each function of a lazy-pipeline exercise is held to them in the same words.
 */
import { expect, it } from 'vitest'
import { pull } from './collect.ts'
import { infiniteSource } from './sources.ts'

/**
 * Adds four tests to the current describe block: calling `apply` opens nothing; it returns an
 * iterator that is its own iterable; it reads an infinite source a little at a time; and it closes
 * the source, once, when the consumer stops early. `apply` calls the function under test on the
 * (infinite, numbered 0, 1, 2, …) source it is given, with arguments that let values through.
 */
export function itIsLazy(apply: (source: Iterable<number>) => Iterator<unknown>): void {
  it('opens nothing when it is called: the work starts at the first next()', () => {
    const source = infiniteSource()
    apply(source)
    expect(source).not.toHaveBeenOpened()
  })

  it('returns an iterator that is its own iterable', () => {
    const result = apply(infiniteSource()) as Partial<Iterable<unknown>>
    expect(
      result[Symbol.iterator]?.() === result,
      'return an IterableIterator, such as a generator object, whose [Symbol.iterator]() returns itself',
    ).toBe(true)
  })

  it('reads an infinite source a little at a time', () => {
    const source = infiniteSource()
    expect(
      pull(apply(source), 3).length,
      'three values should come out of an infinite source',
    ).toBe(3)
  })

  it('closes the source once when the consumer stops early', () => {
    const source = infiniteSource()
    const result = apply(source)
    pull(result, 2)
    result.return?.()
    expect(source).toBeClosedOnce()
  })
}
