// Breaks 14.6: checks at the call that it was given an iterable, by asking for its iterator: that
// opens the source before the first next(), which a generator alone would not do.
import { groupBy as groups } from '../solution/index.ts'
export * from '../solution/index.ts'

export function groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  if (typeof iterable[Symbol.iterator]().next !== 'function')
    throw new TypeError('groupBy: not an iterable')
  return groups(iterable, key)
}
