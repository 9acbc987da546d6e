// Breaks 6.4: checks at the call that it was given an iterable, by asking for its iterator: that
// opens the source before the first next(), which a generator alone would not do.
import { dropWhile as dropValues } from '../solution/index.ts'
export * from '../solution/index.ts'

export function dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  if (typeof iterable[Symbol.iterator]().next !== 'function')
    throw new TypeError('dropWhile: not an iterable')
  return dropValues(iterable, predicate)
}
