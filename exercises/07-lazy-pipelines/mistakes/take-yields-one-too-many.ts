// Breaks 3.1: counts each value after yielding it and stops once the count is past n
// (`taken > n`), so take(x, 3) yields four values.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take: the count must be a whole number >= 0, got ${n}`)
  }
  return takeValues(iterable, n)
}

function* takeValues<T>(iterable: Iterable<T>, n: number): Generator<T> {
  if (n === 0) return
  let taken = 0
  for (const value of iterable) {
    yield value
    taken += 1
    if (taken > n) return
  }
}
