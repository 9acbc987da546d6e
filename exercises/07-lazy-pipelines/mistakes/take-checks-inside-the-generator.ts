// Breaks 3.6: checking n inside the generator body. The body runs only at the first next(), so
// take(x, -1) returns happily and the RangeError comes later, far from the bad call.
export * from '../solution/index.ts'

export function* take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`take: bad count ${n}`)
  if (n === 0) return
  let taken = 0
  for (const value of iterable) {
    yield value
    taken += 1
    if (taken === n) return
  }
}
