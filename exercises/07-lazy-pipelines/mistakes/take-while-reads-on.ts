// Breaks 5.3: after the first failure it sets a flag and keeps reading the source to its end,
// yielding nothing more.
export * from '../solution/index.ts'
export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let stopped = false
  let index = 0
  for (const value of iterable) {
    if (stopped) continue
    if (predicate(value, index++)) yield value
    else stopped = true
  }
}
