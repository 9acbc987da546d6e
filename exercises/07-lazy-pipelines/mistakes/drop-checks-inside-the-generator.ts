// Breaks 4.5: the count is checked in the generator body, which runs only at the first next().
export * from '../solution/index.ts'
export function* drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`drop: the count must be a whole number >= 0, got ${n}`)
  }
  let index = 0
  for (const value of iterable) {
    if (index++ < n) continue
    yield value
  }
}
