// Breaks 3.2: yields and then checks `++count === n`, so take(x, 0) opens x, yields its first value
// and then all the rest.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take: the count must be a whole number >= 0, got ${n}`)
  }
  return (function* () {
    let count = 0
    for (const value of iterable) {
      yield value
      if (++count === n) return
    }
  })()
}
