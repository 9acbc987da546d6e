// Breaks 12.6: reads the first pass by hand and closes the source in a finally unless it said done:
// a source whose own next() threw has not said done, so it is closed too.
export * from '../solution/index.ts'

export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  const saved: T[] = []
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  try {
    while (!(result = iterator.next()).done) {
      saved.push(result.value)
      yield result.value
    }
  } finally {
    if (!result?.done) iterator.return?.()
  }
  if (saved.length === 0) return
  for (;;) yield* saved
}
