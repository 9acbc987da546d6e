// Breaks 1.5: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function* map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let index = 0
  try {
    while (!(result = iterator.next()).done) yield fn(result.value, index++)
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
