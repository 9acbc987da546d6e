// Breaks 3.6: NaN and Infinity are "not numbers", so they throw a TypeError, not a RangeError.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw new TypeError(`take: the count must be a finite number, got ${n}`)
  }
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take: the count must be a whole number >= 0, got ${n}`)
  }
  return (function* () {
    if (n === 0) return
    let count = 0
    for (const value of iterable) {
      yield value
      if (++count >= n) return
    }
  })()
}
