// Breaks 3.7: the RangeError's message shows the count but does not start with "take:".
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`count must be a whole number >= 0, got ${n}`)
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
