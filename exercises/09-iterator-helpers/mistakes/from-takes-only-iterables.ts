// Breaks 7.9: types the value as Iterable<T> only, so from(iterator) no longer type-checks for an iterator that is not iterable
import { from as solved } from '../solution/index.ts'
export * from '../solution/index.ts'

export function from<T>(value: Iterable<T>): IterableIterator<T> {
  return solved(value)
}
