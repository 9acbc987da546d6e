// Breaks 2.3: Array.from(...).filter(...): right values, but everything is read up front, and the
// predicate runs on values nobody asked for.
export * from '../solution/index.ts'

export function* filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  yield* Array.from(iterable).filter(predicate)
}
