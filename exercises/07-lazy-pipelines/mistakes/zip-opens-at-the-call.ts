// Breaks 8.2: opens every iterable when zip() is called, in a plain function that then returns the
// generator.
export * from '../solution/index.ts'
export function zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  const iterators = (iterables as Iterable<unknown>[]).map((iterable) =>
    iterable[Symbol.iterator](),
  )
  return (function* () {
    if (iterators.length === 0) return
    let stopped = -1 // the one that said done or threw: it is not closed
    try {
      while (true) {
        const row: unknown[] = []
        for (let i = 0; i < iterators.length; i++) {
          stopped = i
          const result = (iterators[i] as Iterator<unknown>).next()
          if (result.done) return
          stopped = -1
          row.push(result.value)
        }
        yield row as T
      }
    } finally {
      let failure: unknown
      let failed = false
      iterators.forEach((iterator, i) => {
        if (i === stopped) return
        try {
          iterator.return?.()
        } catch (error) {
          if (!failed) [failed, failure] = [true, error]
        }
      })
      // eslint-disable-next-line no-unsafe-finally -- the learner rethrows a close error from the finally
      if (failed) throw failure
    }
  })()
}
