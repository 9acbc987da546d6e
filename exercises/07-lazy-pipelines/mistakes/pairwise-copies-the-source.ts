// Breaks 11.3: copies the input into an array first, and never ends on an infinite one.
export * from '../solution/index.ts'
export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  const values = [...iterable]
  for (let i = 0; i + 1 < values.length; i++) {
    yield [values[i] as T, values[i + 1] as T]
  }
}
