// Breaks 3.6: rejecting only negative counts. take(x, 1.5) and take(x, NaN) slip through.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (n < 0) throw new RangeError(`take: the count must not be negative, got ${n}`)
  return (function* () {
    if (n <= 0) return
    let taken = 0
    for (const value of iterable) {
      yield value
      taken += 1
      if (taken >= n) return
    }
  })()
}
