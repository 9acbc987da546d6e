// Breaks 8.3: closes every iterable when one says done, the one that said done included.
export * from '../solution/index.ts'
export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators = (iterables as Iterable<unknown>[]).map((iterable) =>
    iterable[Symbol.iterator](),
  )
  let threw = -1
  try {
    while (true) {
      const row: unknown[] = []
      for (let i = 0; i < iterators.length; i++) {
        threw = i
        const result = (iterators[i] as Iterator<unknown>).next()
        threw = -1
        if (result.done) return
        row.push(result.value)
      }
      yield row as T
    }
  } finally {
    let failure: unknown
    let failed = false
    iterators.forEach((iterator, i) => {
      if (i === threw) return
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
