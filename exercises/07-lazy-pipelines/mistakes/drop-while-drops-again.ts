// Breaks 6.1: asking the predicate about every value, so a later value that passes is dropped too:
// a filter with the test turned around, not dropWhile.
export * from '../solution/index.ts'

export function* dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let index = 0
  for (const value of iterable) if (!predicate(value, index++)) yield value
}
