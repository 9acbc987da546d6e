// Breaks 3.2: checking the count at the top of the loop. The loop has already pulled the next value
// by then, so take pulls n + 1 values, and take(x, 0) opens x and pulls from it.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`take: bad count ${n}`)
  return (function* () {
    let taken = 0
    for (const value of iterable) {
      if (taken === n) return
      taken += 1
      yield value
    }
  })()
}
