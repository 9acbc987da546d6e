// Mistake: moving the counter only when a value is kept. The counter numbers every value the
// source gives, as an array's index does, whether the predicate keeps it or not.
import { filter as filterEveryValue } from '../solution/index.ts'
export * from '../solution/index.ts'

export function filter<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): IterableIterator<T> {
  let kept = 0
  return filterEveryValue(iterator, (value) => {
    if (!predicate(value, kept)) return false
    kept += 1
    return true
  })
}
