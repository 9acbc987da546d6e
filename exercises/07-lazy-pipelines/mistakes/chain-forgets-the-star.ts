// Breaks 7.1: `yield iterable` instead of `yield* iterable`: it hands out the iterables themselves,
// not their values.
export * from '../solution/index.ts'

export function* chain<T>(...iterables: Iterable<T>[]): IterableIterator<T> {
  for (const iterable of iterables) yield iterable as unknown as T
}
