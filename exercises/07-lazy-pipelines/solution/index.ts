/**
 * Exercise 07, a model answer.
 *
 * Most functions are generators: nothing runs until the first next(), a for...of loop pulls one
 * value at a time, and leaving that loop early closes the source. The three that take a number
 * (take, drop, chunk) are plain functions that check it and then return a generator, because a
 * check inside a generator's body would only run at the first next().
 */

function checkCount(count: number, name: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`${name}: the count must be a whole number >= 0, got ${count}`)
  }
}

export function* map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  let index = 0
  for (const value of iterable) yield fn(value, index++)
}

export function filter<T, S extends T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => value is S,
): IterableIterator<S>
export function filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T>
export function* filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  // The index counts the source's values, kept or not, as Array.prototype.filter does.
  let index = 0
  for (const value of iterable) if (predicate(value, index++)) yield value
}

export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  checkCount(n, 'take')
  return takeValues(iterable, n)
}

function* takeValues<T>(iterable: Iterable<T>, n: number): Generator<T> {
  if (n === 0) return // without opening the source at all
  let taken = 0
  for (const value of iterable) {
    yield value
    taken += 1
    // Stop right after the n-th value: checking at the top of the loop would pull one more.
    if (taken === n) return
  }
}

export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  checkCount(n, 'drop')
  return dropValues(iterable, n)
}

function* dropValues<T>(iterable: Iterable<T>, n: number): Generator<T> {
  let index = 0
  for (const value of iterable) {
    if (index >= n) yield value
    index += 1
  }
}

export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let index = 0
  for (const value of iterable) {
    if (!predicate(value, index++)) return
    yield value
  }
}

export function* dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let dropping = true
  let index = 0
  for (const value of iterable) {
    // Once one value fails the predicate, dropping is over for good: it is never asked again.
    if (dropping) dropping = predicate(value, index++)
    if (!dropping) yield value
  }
}

export function* chain<T>(...iterables: Iterable<T>[]): IterableIterator<T> {
  // yield* opens each iterable only when its turn comes, and closes it if the consumer stops.
  for (const iterable of iterables) yield* iterable
}

export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators: Iterator<unknown>[] = []
  // The iterator being pulled: if it says done (or throws), it is the one that needs no closing.
  let pulling: Iterator<unknown> | undefined
  let failed = false
  try {
    // Opened one by one inside the try, so that a failing open still closes the ones before it.
    for (const iterable of iterables) iterators.push(iterable[Symbol.iterator]())
    for (;;) {
      const row: unknown[] = []
      for (const iterator of iterators) {
        pulling = iterator
        const result = iterator.next()
        if (result.done) return
        row.push(result.value)
      }
      pulling = undefined
      yield row as T
    }
  } catch (error) {
    failed = true
    throw error
  } finally {
    closeAll(
      iterators.filter((iterator) => iterator !== pulling),
      failed,
    )
  }
}

/**
 * Closes every iterator, even when one's return() throws, then throws the first such error;
 * unless `quietly`, when another error is already on its way out and wins.
 */
function closeAll(iterators: Iterator<unknown>[], quietly: boolean): void {
  let failure: { error: unknown } | undefined
  for (const iterator of iterators) {
    try {
      iterator.return?.()
    } catch (error) {
      failure ??= { error }
    }
  }
  if (failure && !quietly) throw failure.error
}

export function* enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  let index = start
  for (const value of iterable) yield [index++, value]
}

export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`chunk: the size must be a whole number > 0, got ${size}`)
  }
  return chunks(iterable, size)
}

function* chunks<T>(iterable: Iterable<T>, size: number): Generator<T[]> {
  let current: T[] = []
  for (const value of iterable) {
    current.push(value)
    if (current.length === size) {
      yield current
      current = [] // a new array: the consumer may keep the one it was given
    }
  }
  if (current.length > 0) yield current
}

export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  let started = false
  let previous: T | undefined
  for (const value of iterable) {
    if (started) yield [previous as T, value]
    previous = value
    started = true
  }
}

export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  // Read the source once, saving each value, as Python does: it may be a one-shot generator.
  const saved: T[] = []
  for (const value of iterable) {
    saved.push(value)
    yield value
  }
  if (saved.length === 0) return // nothing to repeat: repeating nothing would loop forever
  for (;;) yield* saved
}

export function accumulate<T>(
  iterable: Iterable<T>,
  reducer: (accumulator: T, value: T, index: number) => T,
): IterableIterator<T>
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  initial: A,
): IterableIterator<A>
export function* accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  // Count the arguments, as Array.prototype.reduce does: an explicit undefined is an initial too.
  let started = initial.length === 1
  let total = initial[0] as A
  if (started) yield total
  let index = 0
  for (const value of iterable) {
    // Without an initial, the first value starts the total as it is.
    total = started ? reducer(total, value, index) : (value as unknown as A)
    started = true
    index += 1
    yield total
  }
}

export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  let group: [K, T[]] | undefined
  let index = 0
  for (const value of iterable) {
    const valueKey = key(value, index++)
    // Object.is, not ===: NaN matches NaN, and 0 and -0 are different keys.
    if (group !== undefined && Object.is(group[0], valueKey)) {
      group[1].push(value)
    } else {
      // Only neighbours group together: a new key closes the group before it.
      if (group !== undefined) yield group
      group = [valueKey, [value]]
    }
  }
  if (group !== undefined) yield group
}
