// Breaks 14.9: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let group: [K, T[]] | undefined
  let index = 0
  try {
    while (!(result = iterator.next()).done) {
      const valueKey = key(result.value, index++)
      if (group !== undefined && Object.is(group[0], valueKey)) {
        group[1].push(result.value)
      } else {
        if (group !== undefined) yield group
        group = [valueKey, [result.value]]
      }
    }
    if (group !== undefined) yield group
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
