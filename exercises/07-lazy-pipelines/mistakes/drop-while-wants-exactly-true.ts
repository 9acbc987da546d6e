// Breaks 6.3: `predicate(value, index) === true` stops dropping at a value whose predicate answers
// 1 or 'yes', which holds.
export * from '../solution/index.ts'

export function* dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let dropping = true
  let index = 0
  for (const value of iterable) {
    if (dropping) dropping = predicate(value, index++) === true
    if (!dropping) yield value
  }
}
