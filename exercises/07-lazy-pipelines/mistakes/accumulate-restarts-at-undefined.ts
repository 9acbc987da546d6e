// Breaks 13.4: an undefined total means "no total yet", so after a reducer returns undefined the
// next value starts the total again.
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
  let total: A | undefined = initial[0]
  if (initial.length > 0) yield total as A
  let index = 0
  for (const value of iterable) {
    total = total === undefined ? (value as unknown as A) : reducer(total, value, index)
    index++
    yield total
  }
}
