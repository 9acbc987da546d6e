// Breaks 1.1: calls fn(value) without the index, as Python's map does.
export * from '../solution/index.ts'
export function* map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  for (const value of iterable) {
    yield (fn as (value: T) => U)(value)
  }
}
