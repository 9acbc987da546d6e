// Breaks 6.2: calls the predicate for every value, also after the first failure, and ignores the
// answer.
export * from '../solution/index.ts'
export function* dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let dropping = true
  let index = 0
  for (const value of iterable) {
    const passes = predicate(value, index++)
    if (dropping && passes) continue
    dropping = false
    yield value
  }
}
