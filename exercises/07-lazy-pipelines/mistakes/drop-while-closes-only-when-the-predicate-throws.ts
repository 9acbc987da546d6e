// Breaks 6.5: walks the source with next() by hand and closes it only when the predicate throws: a
// consumer that stops early leaves it open.
export * from '../solution/index.ts'

export function* dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  const iterator = iterable[Symbol.iterator]()
  let dropping = true
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    if (dropping) {
      try {
        dropping = predicate(result.value, index++)
      } catch (error) {
        iterator.return?.()
        throw error
      }
    }
    if (!dropping) yield result.value
  }
}
