/**
 * Exercise 01: iterables and iterators.
 *
 * Python gives you two built-ins for walking any collection by hand: iter() and next().
 * Write them in TypeScript, plus two checks that tell iterables and iterators apart.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */

/**
 * Python's StopIteration, given to you: `next()` throws it when an iterator has no values left
 * and no fallback was passed. (`extends Error` makes it a real error with a stack trace.)
 */
export class StopIteration extends Error {
  override name = 'StopIteration'
  constructor() {
    super('the iterator has no more values')
  }
}

/**
 * Task 1. Python's `iter()`: ask an iterable for a fresh iterator over its values.
 *
 * `<T>` is a type parameter: `iter(['a', 'b'])` returns an `Iterator<string>`.
 * Throw a TypeError that says "not iterable" when the value is not iterable, and one when
 * [Symbol.iterator]() returns something that is not an object.
 */
export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  // TODO: open the iterable by calling its [Symbol.iterator]() method, after checking that it has one.
  throw new Error('not implemented yet: iter() should return a fresh iterator (README, task 1)')
}

/**
 * Task 2. Python's `next()`: the iterator's next value. When it has none left, return the
 * fallback if one was passed (even `undefined`), otherwise throw StopIteration.
 *
 * `...fallback: [] | [D]` is a rest parameter typed as a tuple: callers pass zero or one extra
 * argument, and `fallback.length` tells you which. `D = never` is a default type: with no
 * fallback, the return type `T | never` is just `T`.
 */
export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  // TODO: call iterator.next() once and look at `done` on what it returns.
  throw new Error(
    "not implemented yet: next() should return the iterator's next value (README, task 2)",
  )
}

/**
 * Task 3. Is `value` iterable: does it have a `[Symbol.iterator]` method?
 *
 * The return type `value is Iterable<unknown>` is a type guard: after `if (isIterable(x))`,
 * TypeScript lets you loop over `x`.
 */
export function isIterable(value: unknown): value is Iterable<unknown> {
  // TODO: remember that strings are primitives, not objects, and that null has no properties.
  throw new Error('not implemented yet: isIterable() (README, task 3)')
}

/** Task 4. Is `value` an iterator: an object (a function counts) with a `next` method you can call? */
export function isIterator(value: unknown): value is Iterator<unknown> {
  // TODO: check for an object or a function (not null) whose `next` is a function, without calling it.
  throw new Error('not implemented yet: isIterator() (README, task 4)')
}
