// Breaks 4.5: refuses only NaN and negative counts: 1.5 and Infinity get through.
export * from '../solution/index.ts'
export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (Number.isNaN(n) || n < 0) {
    throw new RangeError(`drop: the count must be a number >= 0, got ${n}`)
  }
  return (function* () {
    let index = 0
    for (const value of iterable) {
      if (index++ < n) continue
      yield value
    }
  })()
}
