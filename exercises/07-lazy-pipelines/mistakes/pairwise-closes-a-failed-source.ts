// Breaks 11.5: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let started = false
  let previous: T | undefined
  try {
    while (!(result = iterator.next()).done) {
      if (started) yield [previous as T, result.value]
      previous = result.value
      started = true
    }
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
