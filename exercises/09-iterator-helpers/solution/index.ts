/**
 * Exercise 09, a model answer: the ES2025 iterator helpers as plain functions, so they run on
 * Node 20 (which has no `Iterator` global) and behave as Node 22+'s built-in ones do.
 */

/**
 * %Iterator.prototype%: the object every built-in iterator inherits from. Node 20 has it too;
 * only the global `Iterator` that names it arrived later. It gives `[Symbol.iterator]() { return this }`.
 */
const IteratorPrototype: object = Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]()),
)

type Callback<T, R> = (value: T, counter: number) => R

// ---- lazy helpers: they return an iterator and pull nothing until its next() ----

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  checkIterator(iterator, 'map')
  checkCallback(iterator, mapper, 'map')
  return helper(
    iterator,
    (function* () {
      let counter = 0
      for (const value of walk(iterator)) yield mapper(value, counter++)
    })(),
  )
}

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
  checkIterator(iterator, 'filter')
  checkCallback(iterator, predicate, 'filter')
  return helper(
    iterator,
    (function* () {
      let counter = 0
      // The counter counts every value seen, kept or not, as Array.prototype.filter's index does.
      for (const value of walk(iterator)) if (predicate(value, counter++)) yield value
    })(),
  )
}

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  checkIterator(iterator, 'take')
  const count = toCount(iterator, limit, 'take')
  return helper(
    iterator,
    (function* () {
      if (count === 0) return close(iterator)
      let remaining = count
      for (const value of walk(iterator)) {
        remaining -= 1
        yield value
        // Leaving the loop early closes the source, without pulling a value nobody asked for.
        if (remaining === 0) return
      }
    })(),
  )
}

export function drop<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  checkIterator(iterator, 'drop')
  const count = toCount(iterator, limit, 'drop')
  return helper(
    iterator,
    (function* () {
      let remaining = count
      for (const value of walk(iterator)) {
        if (remaining > 0) remaining -= 1
        else yield value
      }
    })(),
  )
}

export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: Callback<T, Iterator<U> | Iterable<U>>,
): IterableIterator<U> {
  checkIterator(iterator, 'flatMap')
  checkCallback(iterator, mapper, 'flatMap')
  return helper(
    iterator,
    (function* () {
      let counter = 0
      for (const value of walk(iterator)) {
        const inner = openFlattenable<U>(mapper(value, counter++), 'flatMap')
        // yield* closes the inner iterator if the consumer stops; then for...of closes the outer one.
        yield* walk(inner)
      }
    })(),
  )
}

// ---- eager helpers: they consume the iterator now and return a plain value ----

export function toArray<T>(iterator: Iterator<T>): T[] {
  checkIterator(iterator, 'toArray')
  return [...walk(iterator)]
}

export function forEach<T>(iterator: Iterator<T>, fn: Callback<T, unknown>): void {
  checkIterator(iterator, 'forEach')
  checkCallback(iterator, fn, 'forEach')
  let counter = 0
  for (const value of walk(iterator)) fn(value, counter++)
}

export function some<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  checkIterator(iterator, 'some')
  checkCallback(iterator, predicate, 'some')
  let counter = 0
  // Returning from inside for...of closes the iterator: that is the early exit the standard asks for.
  for (const value of walk(iterator)) if (predicate(value, counter++)) return true
  return false
}

export function every<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  checkIterator(iterator, 'every')
  checkCallback(iterator, predicate, 'every')
  let counter = 0
  for (const value of walk(iterator)) if (!predicate(value, counter++)) return false
  return true
}

export function find<T, S extends T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => value is S,
): S | undefined
export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined
export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined {
  checkIterator(iterator, 'find')
  checkCallback(iterator, predicate, 'find')
  let counter = 0
  for (const value of walk(iterator)) if (predicate(value, counter++)) return value
  return undefined
}

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
  checkIterator(iterator, 'reduce')
  checkCallback(iterator, reducer, 'reduce')
  let accumulator: A
  let counter: number
  // Count the arguments: reduce(it, fn, undefined) has an initial value, and it is undefined.
  if (initial.length === 1) {
    accumulator = initial[0]
    counter = 0
  } else {
    const first = iterator.next()
    if (first.done) throw new TypeError('reduce() of an empty iterator with no initial value')
    accumulator = first.value as unknown as A
    counter = 1
  }
  for (const value of walk(iterator)) accumulator = reducer(accumulator, value, counter++)
  return accumulator
}

// ---- from: any iterable or iterator, as an iterator that inherits the helpers' prototype ----

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  // Strings are the one primitive from() accepts: they are iterated by code point.
  const iterator: Iterator<T> =
    typeof value === 'string'
      ? ((value as string)[Symbol.iterator]() as unknown as Iterator<T>)
      : openFlattenable<T>(value, 'from')
  // Already a proper iterator (a generator, an array iterator, an earlier from()): hand it back.
  if (Object.prototype.isPrototypeOf.call(IteratorPrototype, iterator))
    return iterator as IterableIterator<T>
  const next = iterator.next
  return Object.setPrototypeOf(
    {
      next: () => next.call(iterator),
      return: () =>
        iterator.return ? iterator.return() : { done: true as const, value: undefined },
    },
    IteratorPrototype,
  )
}

// ---- the plumbing every helper shares ----

/**
 * What each lazy helper returns. A generator does the work, but it would skip one rule: return()
 * before the first next() must still close the source (a generator's body, with its for...of,
 * has not started, so nothing would close it).
 */
function helper<T>(source: Iterator<unknown>, body: Generator<T, void>): IterableIterator<T> {
  let started = false
  return Object.setPrototypeOf(
    {
      next() {
        started = true
        return body.next()
      },
      return() {
        if (started) return body.return()
        started = true
        body.return()
        close(source)
        return { done: true, value: undefined }
      },
    },
    IteratorPrototype,
  )
}

/** Lets for...of walk any object with a next(): the helpers do not require it to be iterable. */
function walk<T>(iterator: Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: () => iterator }
}

function close(iterator: Iterator<unknown>): void {
  iterator.return?.()
}

/** Closes the source, then throws `error`; an error from closing must not hide the first one. */
function closeAndThrow(iterator: Iterator<unknown>, error: unknown): never {
  try {
    close(iterator)
  } catch {
    // The argument error is the one the caller needs to see.
  }
  throw error
}

function checkIterator(value: unknown, name: string): asserts value is Iterator<unknown> {
  if (!isObject(value))
    throw new TypeError(`${name}() needs an iterator object, not ${describe(value)}`)
}

function checkCallback(iterator: Iterator<unknown>, callback: unknown, name: string): void {
  if (typeof callback !== 'function')
    closeAndThrow(iterator, new TypeError(`${name}() needs a function, not ${describe(callback)}`))
}

/** The standard's count rules: ToNumber, NaN and negatives refused, fractions truncated, Infinity allowed. */
function toCount(iterator: Iterator<unknown>, limit: unknown, name: string): number {
  let count: number
  try {
    count = +(limit as number) // unary plus is ToNumber: it calls valueOf and refuses BigInt
  } catch (error) {
    closeAndThrow(iterator, error)
  }
  if (Number.isNaN(count))
    closeAndThrow(
      iterator,
      new RangeError(`${name}() needs a number as its count, not ${describe(limit)}`),
    )
  const whole = Math.trunc(count)
  if (whole < 0)
    closeAndThrow(iterator, new RangeError(`${name}() needs a count of 0 or more, not ${count}`))
  return whole
}

/** An iterable's iterator, or the value itself when it is already an iterator; primitives refused. */
function openFlattenable<T>(value: unknown, name: string): Iterator<T> {
  if (!isObject(value))
    throw new TypeError(`${name}() needs an iterable or iterator object, not ${describe(value)}`)
  const open = (value as Partial<Iterable<T>>)[Symbol.iterator]
  const iterator: unknown = open == null ? value : open.call(value)
  if (!isObject(iterator))
    throw new TypeError(
      `${name}(): [Symbol.iterator]() returned ${describe(iterator)}, not an iterator object`,
    )
  return iterator as Iterator<T>
}

/** What the standard calls an Object: functions are objects too; null is not. */
function isObject(value: unknown): value is object {
  return (typeof value === 'object' && value !== null) || typeof value === 'function'
}

/** A refused value, as an error message shows it: strings quoted, so "" and "42" stand out. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  // String() of an object says [object Object], or throws for one with no prototype.
  if (isObject(value)) return 'an object'
  return String(value)
}
