/**
 * Exercise 07: lazy pipelines, Python's itertools in TypeScript.
 *
 * Every function takes an iterable first and returns an IterableIterator that does its work one
 * value at a time: nothing is read before the first next(), never more than the output needs, and
 * a source you stop reading early (or whose callback throws) is closed, but never one whose own
 * next() threw. Run `pnpm test` in this folder; README.md lists the
 * tasks in the order the tests check them.
 *
 * Each stub is a plain `function` that throws. Most become generators by adding a star
 * (`export function* map(...)`): then their body runs only when someone calls next(). The three
 * that take a number (take, drop, chunk) must reject a bad one as soon as they are called, which a
 * generator body cannot do: keep them plain functions that check, then return a generator.
 */

/**
 * Task 1. Python's `map`: yields `fn(value, index)` for each value.
 *
 * `<T, U>` are type parameters: the values go in as T and come out as U.
 */
export function map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  // TODO: add the star and yield fn(value, index) inside a for...of loop.
  throw new Error('not implemented yet: map() (README, task 1)')
}

/**
 * Task 2. Python's `filter`: yields the values for which `predicate(value, index)` is truthy.
 *
 * The two signatures above the body are overloads: when the predicate is a type guard
 * (`(v): v is number => ...`), the values that come out have the narrower type.
 */
export function filter<T, S extends T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => value is S,
): IterableIterator<S>
export function filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T>
export function filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  // TODO: yield only the values the predicate accepts; the index counts every source value.
  throw new Error('not implemented yet: filter() (README, task 2)')
}

/**
 * Task 3. `itertools.islice(iterable, n)`: the first `n` values. `n` must be a whole number >= 0,
 * otherwise throw a RangeError right away; `take(x, 0)` does not even open `x`.
 */
export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  // TODO: check n here (Number.isInteger helps), then return a generator that yields n values.
  throw new Error('not implemented yet: take() (README, task 3)')
}

/** Task 4. `itertools.islice(iterable, n, None)`: everything after the first `n` values. */
export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  // TODO: check n as take does, then return a generator that skips n values.
  throw new Error('not implemented yet: drop() (README, task 4)')
}

/** Task 5. `itertools.takewhile`: values while the predicate holds; stops at the first that fails. */
export function takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  // TODO: return (which ends the generator) at the first value that fails.
  throw new Error('not implemented yet: takeWhile() (README, task 5)')
}

/** Task 6. `itertools.dropwhile`: skips the leading values that pass, then yields the rest. */
export function dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  // TODO: a boolean remembers whether you are still dropping.
  throw new Error('not implemented yet: dropWhile() (README, task 6)')
}

/**
 * Task 7. `itertools.chain`: the values of each iterable in turn.
 *
 * `...iterables` is a rest parameter: `chain(a, b, c)` gives you the array `[a, b, c]`.
 */
export function chain<T>(...iterables: Iterable<T>[]): IterableIterator<T> {
  // TODO: yield* each iterable in turn.
  throw new Error('not implemented yet: chain() (README, task 7)')
}

/**
 * Task 8. Python's `zip`: tuples of one value from each iterable; stops at the shortest and closes
 * the others.
 *
 * `{ [K in keyof T]: Iterable<T[K]> }` is a mapped tuple type: for `zip(numbers, strings)`,
 * TypeScript works out `T = [number, string]`, so each row is typed `[number, string]`.
 */
export function zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  // TODO: open every iterable at the first next(), pull each once per row, close the rest at the end
  // (in a finally: every one but the one that said done or threw).
  throw new Error('not implemented yet: zip() (README, task 8)')
}

/** Task 9. Python's `enumerate`: `[index, value]` pairs, counting from `start`. */
export function enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  // TODO: yield [index, value], index first.
  throw new Error('not implemented yet: enumerate() (README, task 9)')
}

/**
 * Task 10. `itertools.batched`: arrays of `size` values, the last one possibly shorter. `size` must
 * be a whole number > 0, otherwise throw a RangeError right away.
 */
export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  // TODO: check size here, then return a generator that fills and yields arrays.
  throw new Error('not implemented yet: chunk() (README, task 10)')
}

/** Task 11. `itertools.pairwise`: each value with the one after it, `[a, b]`, `[b, c]`, … */
export function pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  // TODO: remember the previous value (and whether there is one).
  throw new Error('not implemented yet: pairwise() (README, task 11)')
}

/** Task 12. `itertools.cycle`: the values of the iterable, repeated forever; empty stays empty. */
export function cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  // TODO: yield and save each value on the first pass, then repeat the saved ones.
  throw new Error('not implemented yet: cycle() (README, task 12)')
}

/**
 * Task 13. `itertools.accumulate`: running totals, `reducer(total, value, index)` after each value.
 * With an `initial`, it is yielded first and starts the total.
 *
 * Two overloads again: without an initial the total has the values' type T; with one, the total
 * has the initial's type A. The body below receives the optional initial as a rest parameter, so
 * `initial.length` tells you whether one was passed (even `undefined`).
 */
export function accumulate<T>(
  iterable: Iterable<T>,
  reducer: (accumulator: T, value: T, index: number) => T,
): IterableIterator<T>
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  initial: A,
): IterableIterator<A>
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  // TODO: yield the initial if there is one, then each new total.
  throw new Error('not implemented yet: accumulate() (README, task 13)')
}

/**
 * Task 14. `itertools.groupby`: `[key, values]` for each run of neighbours whose `key(value, index)`
 * is the same (compared with Object.is).
 */
export function groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  // TODO: collect values while the key stays the same; yield the group when it changes.
  throw new Error('not implemented yet: groupBy() (README, task 14)')
}
