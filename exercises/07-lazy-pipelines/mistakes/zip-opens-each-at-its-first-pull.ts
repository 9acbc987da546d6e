// Breaks 8.2: opens each iterable only when a round first pulls it, so when the first one is empty
// the others are never opened, and zip ends with them never seen.
export * from '../solution/index.ts'

export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators: Iterator<unknown>[] = []
  let pulling: Iterator<unknown> | undefined
  let failed = false
  try {
    for (;;) {
      const row: unknown[] = []
      for (const [position, iterable] of (iterables as Iterable<unknown>[]).entries()) {
        pulling = undefined
        const iterator = (iterators[position] ??= iterable[Symbol.iterator]())
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
        failure ??= { error }
      }
    }
    // eslint-disable-next-line no-unsafe-finally -- the learner rethrows a close error from the finally
    if (failure && !failed) throw failure.error
  }
}
