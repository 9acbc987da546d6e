// Breaks 5.6: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let index = 0
  try {
    while (!(result = iterator.next()).done) {
      if (!predicate(result.value, index++)) return
      yield result.value
    }
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
