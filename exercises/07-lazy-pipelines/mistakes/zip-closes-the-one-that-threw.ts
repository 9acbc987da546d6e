// Breaks 8.5: closes every iterable in its finally, the one whose own next() threw included.
export * from '../solution/index.ts'
export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators = (iterables as Iterable<unknown>[]).map((iterable) =>
    iterable[Symbol.iterator](),
  )
  let finished = -1
  try {
    while (true) {
      const row: unknown[] = []
      for (let i = 0; i < iterators.length; i++) {
        const result = (iterators[i] as Iterator<unknown>).next()
        if (result.done) {
          finished = i
          return
        }
        row.push(result.value)
      }
      yield row as T
    }
  } finally {
    let failure: unknown
    let failed = false
    iterators.forEach((iterator, i) => {
      if (i === finished) return
      try {
        iterator.return?.()
      } catch (error) {
        if (!failed) [failed, failure] = [true, error]
      }
    })
    // eslint-disable-next-line no-unsafe-finally -- the learner rethrows a close error from the finally
    if (failed) throw failure
  }
}
