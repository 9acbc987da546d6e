// Breaks 8.7: opens every iterable with map() before the try: when opening one throws, the ones
// already opened are left open.
export * from '../solution/index.ts'

export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators: Iterator<unknown>[] = iterables.map((iterable) => iterable[Symbol.iterator]())
  // The iterator being pulled: if it says done (or throws), it is the one that needs no closing.
  let pulling: Iterator<unknown> | undefined
  let failed = false
  try {
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
    closeAll(
      iterators.filter((iterator) => iterator !== pulling),
      failed,
    )
  }
}

/**
 * Closes every iterator, even when one's return() throws, then throws the first such error;
 * unless `quietly`, when another error is already on its way out and wins.
 */
function closeAll(iterators: Iterator<unknown>[], quietly: boolean): void {
  let failure: { error: unknown } | undefined
  for (const iterator of iterators) {
    try {
      iterator.return?.()
    } catch (error) {
      failure ??= { error }
    }
  }
  if (failure && !quietly) throw failure.error
}
