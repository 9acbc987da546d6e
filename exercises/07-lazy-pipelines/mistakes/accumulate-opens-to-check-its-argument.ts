// Breaks 13.5: checks at the call that it was given an iterable, by asking for its iterator: that
// opens the source before the first next(), which a generator alone would not do.
import { accumulate as totals } from '../solution/index.ts'
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
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  if (typeof iterable[Symbol.iterator]().next !== 'function')
    throw new TypeError('accumulate: not an iterable')
  return totals(iterable, reducer, ...(initial as [A]))
}
