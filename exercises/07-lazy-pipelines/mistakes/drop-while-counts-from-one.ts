// Breaks 6.1: `predicate(value, ++index)`, so the indexes start at 1.
export * from '../solution/index.ts'
export function* dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let dropping = true
  let index = 0
  for (const value of iterable) {
    if (dropping && predicate(value, ++index)) continue
    dropping = false
    yield value
  }
}
