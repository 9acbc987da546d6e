// Breaks 2.4: walks the source with next() by hand and closes it only when the predicate throws: a
// consumer that stops early leaves it open.
export * from '../solution/index.ts'

export function* filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  const iterator = iterable[Symbol.iterator]()
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    let keep: boolean
    try {
      keep = predicate(result.value, index++)
    } catch (error) {
      iterator.return?.()
      throw error
    }
    if (keep) yield result.value
  }
}
