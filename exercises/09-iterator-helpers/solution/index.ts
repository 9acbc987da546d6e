/**
 * Exercise 09, a model answer: the ES2025 iterator helpers as plain functions, so they run on
 * Node 20 (which has no `Iterator` global) and behave as Node 24+'s built-in ones do, step by
 * step: every property read and every call happens in the standard's order (the differential
 * check in `differential/` holds this against the engine, event by event). The protocol steps
 * they share, named as the standard names them, are in `protocol.ts`.
 */
import {
  IteratorPrototype,
  DONE,
  callClosing,
  checkIterator,
  close,
  closeWith,
  closingOnError,
  direct,
  flattenable,
  helper,
  offer,
  readNext,
  step,
  stepValue,
  toCount,
  wrap,
  type Callback,
} from './protocol.ts'

// ---- lazy helpers: they return an iterator and pull nothing until its next() ----

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  return helper(
    source,
    (function* () {
      for (let counter = 0; ; counter += 1) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        yield* offer(source, callClosing(source, mapper, value, counter))
      }
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
  const source = direct(iterator, 'filter', predicate)
  return helper(
    source,
    (function* () {
      // The counter counts every value seen, kept or not, as Array.prototype.filter's index does.
      for (let counter = 0; ; counter += 1) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        if (callClosing(source, predicate, value, counter)) yield* offer(source, value)
      }
    })(),
  )
}

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  checkIterator(iterator, 'take')
  let remaining = toCount(iterator, limit, 'take')
  const source = readNext(iterator, 'take')
  return helper(
    source,
    (function* () {
      for (;;) {
        // Checked before pulling: after the last value, the next next() closes without a pull.
        if (remaining === 0) return close(source)
        remaining -= 1 // Infinity stays Infinity
        const value = stepValue<T>(source)
        if (value === DONE) return
        yield* offer(source, value)
      }
    })(),
  )
}

export function drop<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  checkIterator(iterator, 'drop')
  let remaining = toCount(iterator, limit, 'drop')
  const source = readNext(iterator, 'drop')
  return helper(
    source,
    (function* () {
      while (remaining > 0) {
        remaining -= 1 // Infinity stays Infinity
        // A skipped value is never read: only its `done`.
        if (step(source) === DONE) return
      }
      for (;;) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        yield* offer(source, value)
      }
    })(),
  )
}

export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: Callback<T, Iterator<U> | Iterable<U>>,
): IterableIterator<U> {
  const source = direct(iterator, 'flatMap', mapper)
  return helper(
    source,
    (function* () {
      for (let counter = 0; ; counter += 1) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        const mapped = callClosing(source, mapper, value, counter)
        const inner = closingOnError(source, () => flattenable(mapped, 'flatMap', false))
        for (;;) {
          const innerValue = closingOnError(source, () => stepValue<U>(inner))
          if (innerValue === DONE) break
          let resumed = false
          try {
            yield innerValue
            resumed = true
          } finally {
            // The consumer stopped inside this inner iterator: close it, then the source, each
            // once, whatever the inner return() answers (yield* would go on if it said not done).
            if (!resumed) {
              closingOnError(source, () => close(inner))
              close(source)
            }
          }
        }
      }
    })(),
  )
}

// ---- eager helpers: they consume the iterator now and return a plain value ----

export function toArray<T>(iterator: Iterator<T>): T[] {
  checkIterator(iterator, 'toArray')
  const source = readNext(iterator, 'toArray')
  const values: T[] = []
  for (let value = stepValue<T>(source); value !== DONE; value = stepValue<T>(source))
    values.push(value)
  return values
}

export function forEach<T>(iterator: Iterator<T>, fn: Callback<T, unknown>): void {
  const source = direct(iterator, 'forEach', fn)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return
    callClosing(source, fn, value, counter)
  }
}

export function some<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  const source = direct(iterator, 'some', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return false
    if (callClosing(source, predicate, value, counter)) return closeWith(source, true)
  }
}

export function every<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  const source = direct(iterator, 'every', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return true
    if (!callClosing(source, predicate, value, counter)) return closeWith(source, false)
  }
}

export function find<T, S extends T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => value is S,
): S | undefined
export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined
export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined {
  const source = direct(iterator, 'find', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return undefined
    if (callClosing(source, predicate, value, counter)) return closeWith(source, value)
  }
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
  const source = direct(iterator, 'reduce', reducer)
  let accumulator: A
  let counter = 0
  // Count the arguments: reduce(it, fn, undefined) has an initial value, and it is undefined.
  if (initial.length === 1) accumulator = initial[0]
  else {
    const first = stepValue<A>(source)
    if (first === DONE) throw new TypeError('reduce() of an empty iterator with no initial value')
    accumulator = first
    counter = 1
  }
  for (; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return accumulator
    const folded = accumulator
    accumulator = closingOnError(source, () => reducer(folded, value, counter))
  }
}

// ---- from: any iterable or iterator, as an iterator that inherits the helpers' prototype ----

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  // Strings are the one primitive from() accepts: they are iterated by code point.
  const source = flattenable(value, 'from', true)
  // Already a proper iterator (a generator, an array iterator, an earlier from()): hand it back.
  if (Object.prototype.isPrototypeOf.call(IteratorPrototype, source.iterator))
    return source.iterator as IterableIterator<T>
  return wrap(source) as IterableIterator<T>
}
