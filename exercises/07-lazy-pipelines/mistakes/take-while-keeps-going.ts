// Breaks 5.1: skipping a failing value instead of stopping, which makes takeWhile a filter: it
// reads past the first failure and never stops on an infinite source.
export * from '../solution/index.ts'

export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let index = 0
  for (const value of iterable) if (predicate(value, index++)) yield value
}
