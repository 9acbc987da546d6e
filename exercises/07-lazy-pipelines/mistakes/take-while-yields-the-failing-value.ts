// Breaks 5.1: yields the first value that fails the predicate, then stops.
export * from '../solution/index.ts'
export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let index = 0
  for (const value of iterable) {
    yield value
    if (!predicate(value, index++)) return
  }
}
