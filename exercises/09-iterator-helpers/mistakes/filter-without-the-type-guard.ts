// Breaks 4.9: one signature for filter, so a type guard no longer narrows what it yields
import { filter as solved } from '../solution/index.ts'
export * from '../solution/index.ts'

export function filter<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): IterableIterator<T> {
  return solved(iterator, predicate)
}
