/**
 * Exercise 09: the iterator helpers.
 *
 * ES2025 gave every iterator methods such as `.map()`, `.take()` and `.reduce()`. Node 22+ has
 * them; Node 20 does not. Write them yourself as plain functions whose first argument is the
 * iterator: `map(iterator, fn)` does what `iterator.map(fn)` does on Node 22+, to the letter.
 * README.md lists the tasks in the order the tests check them; run `pnpm test` in this folder.
 * Tasks 8 and 9 hold for every helper: for one, read the iterator's `next` once, when the helper
 * is called, and call that same method for every pull.
 */

/**
 * A callback the helpers call with each value and its counter: 0 for the first value, 1 for the
 * next, and so on. `type` gives a name to a type you would otherwise write out each time.
 */
type Callback<T, R> = (value: T, counter: number) => R

/** Task 1. All the values, in an array. */
export function toArray<T>(iterator: Iterator<T>): T[] {
  // TODO: refuse a non-object with a TypeError, then pull until done.
  throw new Error('not implemented yet: toArray() (README, task 1)')
}

/** Task 1. Calls `fn(value, counter)` for each value; returns nothing. */
export function forEach<T>(iterator: Iterator<T>, fn: Callback<T, unknown>): void {
  // TODO: check `fn` before you pull anything.
  throw new Error('not implemented yet: forEach() (README, task 1)')
}

/** Task 2. Is there a value the predicate accepts? Stops at the first. */
export function some<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  // TODO: an early answer means an early stop: close the iterator.
  throw new Error('not implemented yet: some() (README, task 2)')
}

/** Task 2. Does the predicate accept every value? Stops at the first it refuses. */
export function every<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  // TODO
  throw new Error('not implemented yet: every() (README, task 2)')
}

/**
 * Task 2. The first value the predicate accepts, or undefined.
 *
 * Two signatures above one body are overloads: with a type guard such as
 * `(x): x is string => typeof x === 'string'`, the result is typed `string | undefined`.
 */
export function find<T, S extends T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => value is S,
): S | undefined
export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined
export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined {
  // TODO
  throw new Error('not implemented yet: find() (README, task 2)')
}

/**
 * Task 3. Folds the values into one. Without an initial value the first value starts the fold.
 *
 * `...initial: [] | [A]` is a rest parameter typed as a tuple: `initial.length` tells you whether
 * the caller passed an initial value at all (even `undefined`).
 */
export function reduce<T>(
  iterator: Iterator<T>,
  reducer: (accumulator: T, value: T, counter: number) => T,
): T
export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  initialValue: A,
): A
export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [] | [A]
): A {
  // TODO: an empty iterator with no initial value is a TypeError.
  throw new Error('not implemented yet: reduce() (README, task 3)')
}

/** Task 4. A lazy iterator of `mapper(value, counter)`. */
export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  // TODO: check the arguments now; pull only when the result's next() is called.
  throw new Error('not implemented yet: map() (README, task 4)')
}

/** Task 4. A lazy iterator of the values the predicate accepts. */
export function filter<T, S extends T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => value is S,
): IterableIterator<S>
export function filter<T>(
  iterator: Iterator<T>,
  predicate: Callback<T, unknown>,
): IterableIterator<T>
export function filter<T>(
  iterator: Iterator<T>,
  predicate: Callback<T, unknown>,
): IterableIterator<T> {
  // TODO
  throw new Error('not implemented yet: filter() (README, task 4)')
}

/** Task 5. A lazy iterator of the first `limit` values. */
export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  // TODO: convert the count as the standard does (README), then stay lazy.
  throw new Error('not implemented yet: take() (README, task 5)')
}

/** Task 5. A lazy iterator of every value after the first `limit`. */
export function drop<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  // TODO
  throw new Error('not implemented yet: drop() (README, task 5)')
}

/** Task 6. Maps each value to an iterable (or iterator) and yields what those yield, in order. */
export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: Callback<T, Iterator<U> | Iterable<U>>,
): IterableIterator<U> {
  // TODO: refuse a string from the mapper: it is iterable, but flatMap() does not split it.
  throw new Error('not implemented yet: flatMap() (README, task 6)')
}

/** Task 7. Any iterable, iterator or string, as an iterator that is iterable too. */
export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  // TODO: return a proper iterator as it is; wrap anything else.
  throw new Error('not implemented yet: from() (README, task 7)')
}
