// Breaks 4.6: the check copied from take, message and all. drop(x, -1) throws "take: …", which
// sends whoever reads it to the wrong step of their pipeline.
export * from '../solution/index.ts'

export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take: the count must be a whole number >= 0, got ${n}`)
  }
  return (function* () {
    let index = 0
    for (const value of iterable) {
      if (index >= n) yield value
      index += 1
    }
  })()
}
