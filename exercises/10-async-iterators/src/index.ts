/**
 * Exercise 10: async iteration.
 *
 * An async iterator is an iterator whose next() returns a promise: the values arrive over time,
 * from a network, a file or a timer. Here you write one by hand, loop with `for await`, then build
 * the tools real programs need: lazy pagination, bounded concurrency, merging and cancellation.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */

/** One page of results from a paged API: its items, and the cursor of the next page if any. */
export interface Page<T> {
  items: T[]
  /** The `?` makes the property optional: the last page has no `next`. */
  next?: string
}

/**
 * Task 1. An async iterable written by hand, over values some of which may be promises.
 *
 * An object is async-iterable when it has a `[Symbol.asyncIterator]()` method that returns an
 * object with `next()`, and `next()` returns a Promise of `{ done, value }`. Marking a method
 * `async next() { ... }` makes it return a promise of whatever it returns.
 */
export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  // TODO: return an object with a [Symbol.asyncIterator]() method (and a return() for early exits).
  throw new Error('not implemented yet: asyncFrom() (README, task 1)')
}

/**
 * Task 2. The first `n` values of an async iterable, as an array.
 *
 * `for await (const value of source)` waits for each value in turn; `break` out of it and the
 * loop closes the source for you. An `async function` returns a Promise: throwing inside it
 * rejects that promise.
 */
export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  // TODO: check n, then collect values with for await and stop as soon as you have n.
  throw new Error('not implemented yet: take() (README, task 2)')
}

/**
 * Task 3. Every item of every page, fetching each page only when its items are needed.
 *
 * `async function*` declares an async generator: inside it you can both `await` and `yield`, and
 * calling it returns an async iterator without running any of the body yet.
 */
export function paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  // TODO: turn this into an async generator that fetches, yields the items, and follows `next`.
  throw new Error('not implemented yet: paginate() (README, task 3)')
}

/**
 * Task 4. Calls `fn` on every value, with at most `concurrency` calls running at once, and yields
 * the results in the order of the input. Throws a RangeError right away for a bad `concurrency`.
 *
 * `R | PromiseLike<R>` lets `fn` be sync or async: `await` works on both.
 */
export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  // TODO: validate here, then hand the work to an async generator of your own.
  throw new Error('not implemented yet: mapConcurrent() (README, task 4)')
}

/**
 * Task 5. Every value of every source, each one as soon as it arrives.
 *
 * `...sources` is a rest parameter: `merge(a, b, c)` gives you the array `[a, b, c]`.
 */
export function merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  // TODO: keep one pending next() per source and race them with Promise.race.
  throw new Error('not implemented yet: merge() (README, task 5)')
}

/**
 * Task 6. The values of `source` until `signal` aborts. A pull that is waiting when it aborts
 * rejects with `signal.reason`, and the source is closed.
 */
export function abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  // TODO: race each next() against a promise that rejects on the signal's 'abort' event.
  throw new Error('not implemented yet: abortable() (README, task 6)')
}
