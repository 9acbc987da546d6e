// Breaks 9.5: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function* enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let index = start
  try {
    while (!(result = iterator.next()).done) yield [index++, result.value]
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
