// Breaks 13.1: without an initial the total starts at 0 and the first value goes through the
// reducer.
export * from '../solution/index.ts'
export function accumulate<T>(
  iterable: Iterable<T>,
  reducer: (accumulator: T, value: T, index: number) => T,
): IterableIterator<T>
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  initial: A,
): IterableIterator<A>
export function* accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  let total = (initial.length > 0 ? initial[0] : 0) as A
  if (initial.length > 0) yield total
  let index = 0
  for (const value of iterable) {
    total = reducer(total, value, index++)
    yield total
  }
}
