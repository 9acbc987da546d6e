// Breaks 8.6: closes every iterable, each in its own try, but each return() error replaces the one
// before, so when several throw the last gets out instead of the first.
export * from '../solution/index.ts'

export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators: Iterator<unknown>[] = []
  let pulling: Iterator<unknown> | undefined
  let failed = false
  try {
    for (const iterable of iterables) iterators.push(iterable[Symbol.iterator]())
    for (;;) {
      const row: unknown[] = []
      for (const iterator of iterators) {
        pulling = iterator
        const result = iterator.next()
        if (result.done) return
        row.push(result.value)
      }
      pulling = undefined
      yield row as T
    }
  } catch (error) {
    failed = true
    throw error
  } finally {
    let failure: { error: unknown } | undefined
    for (const iterator of iterators.filter((iterator) => iterator !== pulling)) {
      try {
        iterator.return?.()
      } catch (error) {
        failure = { error }
      }
    }
    // eslint-disable-next-line no-unsafe-finally -- the learner rethrows a close error from the finally
    if (failure && !failed) throw failure.error
  }
}
