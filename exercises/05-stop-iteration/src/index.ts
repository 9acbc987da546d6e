/**
 * Exercise 05: stopping iteration.
 *
 * Python ends an iterator by raising StopIteration. JavaScript ends it with a result:
 * `{ done: true, value: undefined }`. Here you write an iterator that stops, a function that stops
 * early on purpose, and a wrapper that notices every way an iteration can stop.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */

/**
 * Task 1. The seed's class with a stop: 1, 2, …, limit, then done on every later call.
 *
 * `limit = 20` is a default value: `new MyNumbers()` counts to 20, as the seed does.
 */
export class MyNumbers implements IterableIterator<number> {
  constructor(limit = 20) {
    // TODO: keep the limit in a field. Declare the fields above this constructor: `#limit: number`,
    // and the counter, `#a = 1`, as in exercise 04.
    throw new Error('not implemented yet: the MyNumbers constructor (README, task 1)')
  }

  /**
   * `IteratorResult<number, undefined>` is either `{ done: false, value: number }` or
   * `{ done: true, value: undefined }`: the second one is JavaScript's StopIteration.
   */
  next(): IteratorResult<number, undefined> {
    // TODO: the next number while it is <= limit; after that, { done: true, value: undefined }, every time.
    throw new Error('not implemented yet: MyNumbers.next() (README, task 1)')
  }

  [Symbol.iterator](): this {
    // TODO: start again at 1, then return this object, as Python's __iter__ does.
    throw new Error('not implemented yet: MyNumbers[Symbol.iterator]() (README, task 1)')
  }
}

/**
 * Task 2. The first `n` values of `iterable` as an array (fewer if it ends first). Pulls at most
 * `n` values, none at all for `n = 0`, and closes the source when it stops before the end.
 * Throws a RangeError when `n` is not a whole number >= 0.
 */
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  // TODO: check n first; then a for...of loop that breaks right after the n-th value.
  throw new Error('not implemented yet: take() (README, task 2)')
}

/**
 * Task 3. An iterator that passes `iterable`'s values through and calls `onClose` exactly once
 * when the iteration ends, however it ends: the source is done, the consumer stops early
 * (`break`, or `return()` even before the first `next()`: that closes the source too), or the
 * source throws.
 *
 * `() => void` is the type of a function that takes nothing and returns nothing useful.
 */
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  // TODO: open the source now (iterable[Symbol.iterator]()), then return an object with next(),
  // return() and [Symbol.iterator]() (which returns itself), and a flag that remembers whether
  // onClose has already run.
  throw new Error('not implemented yet: withCleanup() (README, task 3)')
}
