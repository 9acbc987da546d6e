// Breaks 5.2: `predicate(value, index) !== true` stops at a value whose predicate answers 1 or
// 'yes', which holds.
export * from '../solution/index.ts'

export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let index = 0
  for (const value of iterable) {
    if (predicate(value, index++) !== true) return
    yield value
  }
}
