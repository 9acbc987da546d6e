/** Exercise 03, a model answer. */

/** One pass, one pull per value: a for...of loop works for arrays, Sets and generators alike. */
export function sum(values: Iterable<number>): number {
  let total = 0
  for (const value of values) total += value
  return total
}

/** `_` names the value the loop hands over but the count does not need. */
export function count(values: Iterable<unknown>): number {
  let total = 0
  for (const _ of values) total += 1
  return total
}

/** Starts from the first value, not from 0 or -Infinity: an empty iterable has no maximum. */
export function max(values: Iterable<number>): number {
  let largest: number | undefined
  for (const value of values) {
    if (largest === undefined || value > largest) largest = value
  }
  if (largest === undefined)
    throw new RangeError('max() of an empty iterable: there is no largest value')
  return largest
}

/** Returning from inside for...of stops the loop and calls the source's return() for us. */
export function first<T>(values: Iterable<T>): T | undefined {
  for (const value of values) return value
  return undefined
}

/** Same as first(), with a test: the loop closes the source on return and when the predicate throws. */
export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  let index = 0
  for (const value of values) {
    if (predicate(value, index)) return value
    index += 1
  }
  return undefined
}

/**
 * Two sources in step need their iterators by hand: for...of can drive only one. Whichever side
 * ends first, the other is still open, so it is closed, if it has a return() at all.
 */
export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = orClose(left, () => b[Symbol.iterator]())
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromA = orClose(right, () => left.next())
    if (fromA.done) {
      right.return?.()
      return pairs
    }
    const fromB = orClose(left, () => right.next())
    if (fromB.done) {
      left.return?.()
      return pairs
    }
    pairs.push([fromA.value, fromB.value])
  }
}

/**
 * Runs `step`. If it throws, the side it worked on is broken, not stopped: only `other` is closed,
 * and its error, if closing fails too, is dropped, as for...of keeps the first error.
 */
function orClose<T>(other: Iterator<unknown>, step: () => T): T {
  try {
    return step()
  } catch (error) {
    try {
      other.return?.()
    } catch {
      // The first error is the one the caller needs.
    }
    throw error
  }
}
