// Breaks 14.7: walks the source with next() by hand and closes it only when key throws: a consumer
// that stops early leaves it open.
export * from '../solution/index.ts'

export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  const iterator = iterable[Symbol.iterator]()
  let group: [K, T[]] | undefined
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    let valueKey: K
    try {
      valueKey = key(result.value, index++)
    } catch (error) {
      iterator.return?.()
      throw error
    }
    if (group !== undefined && Object.is(group[0], valueKey)) {
      group[1].push(result.value)
    } else {
      if (group !== undefined) yield group
      group = [valueKey, [result.value]]
    }
  }
  if (group !== undefined) yield group
}
