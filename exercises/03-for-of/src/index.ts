/**
 * Exercise 03: looping with for...of.
 *
 * Python's `for x in mytuple:` is JavaScript's `for (const x of mytuple)`. Each function here
 * walks any iterable: an array, a string, a Set, a generator that can be read only once, even an
 * infinite one when the answer comes after a finite number of values. Take only the values you
 * need, and when you stop before the end, let the source know (a for...of loop does that for you
 * on `break` and `return`). Run `pnpm test` in this folder; README.md lists the tasks in order.
 */

/**
 * Task 1. The total of all the values; 0 for an empty iterable.
 *
 * `Iterable<number>` accepts anything for...of can walk that yields numbers: arrays, Sets,
 * generators. It has no `.length` and no `[i]`: the loop is the only way in.
 */
export function sum(values: Iterable<number>): number {
  // TODO: add the values up in a for...of loop (for...in would walk keys, not values).
  throw new Error('not implemented yet: sum() should add up every value (README, task 1)')
}

/** Task 2. How many values the iterable yields (a string counts by code point). */
export function count(values: Iterable<unknown>): number {
  // TODO: count the turns of a for...of loop; `.length` is not there on most iterables.
  throw new Error('not implemented yet: count() (README, task 2)')
}

/** Task 3. The largest value. Throws a RangeError when there is no value at all. */
export function max(values: Iterable<number>): number {
  // TODO: walk the values once, keeping the largest so far; an empty iterable has no maximum.
  throw new Error('not implemented yet: max() (README, task 3)')
}

/**
 * Task 4. The first value, or `undefined` when there is none. Pulls at most one value.
 *
 * `<T>` is a type parameter: `first(['a', 'b'])` returns `string | undefined`.
 */
export function first<T>(values: Iterable<T>): T | undefined {
  // TODO: return from inside a for...of loop; the loop closes the source for you.
  throw new Error('not implemented yet: first() (README, task 4)')
}

/**
 * Task 5. The first value for which `predicate(value, index)` answers something truthy, or `undefined`.
 * Stops pulling as soon as it has found one.
 *
 * `(value: T, index: number) => boolean` is a function type: the predicate gets the value and
 * its position (0 for the first) and answers true or false.
 */
export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  // TODO: keep your own index beside a for...of loop, and return as soon as the predicate says yes.
  throw new Error('not implemented yet: find() (README, task 5)')
}

/**
 * Task 6. Pairs of values taken side by side: `zip([1, 2], ['a', 'b'])` is `[[1, 'a'], [2, 'b']]`.
 * Stops at the shorter side, and works when either side is infinite. Each round pulls `a` first:
 * when `a` is done, `b` is not pulled again and is closed; when `b` is done, the value just pulled
 * from `a` is dropped and `a` is closed. If a side's `next()` throws, close the other one.
 *
 * `Array<[A, B]>` is an array of tuples: each element is a pair, an A then a B.
 */
export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  // TODO: one for...of loop cannot walk two sources at once: open them with [Symbol.iterator]()
  // first, and pull each with next(). Close the side you stop early with its return(), if it has one.
  throw new Error('not implemented yet: zip() (README, task 6)')
}
