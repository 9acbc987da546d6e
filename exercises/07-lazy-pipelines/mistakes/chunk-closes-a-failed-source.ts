// Breaks 10.5: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`chunk: the size must be a whole number > 0, got ${size}`)
  }
  return chunks(iterable, size)
}

function* chunks<T>(iterable: Iterable<T>, size: number): Generator<T[]> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let current: T[] = []
  try {
    while (!(result = iterator.next()).done) {
      current.push(result.value)
      if (current.length === size) {
        yield current
        current = []
      }
    }
    if (current.length > 0) yield current
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
