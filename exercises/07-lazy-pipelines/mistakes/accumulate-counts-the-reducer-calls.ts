// Breaks 13.3: passes the number of reducer calls (0, 1, …) as the index, not the value's position
// in the source.
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
  let hasTotal = initial.length > 0
  let total = initial[0] as A
  if (hasTotal) yield total
  let calls = 0
  for (const value of iterable) {
    if (!hasTotal) {
      total = value as unknown as A
      hasTotal = true
    } else {
      total = reducer(total, value, calls++)
    }
    yield total
  }
}
