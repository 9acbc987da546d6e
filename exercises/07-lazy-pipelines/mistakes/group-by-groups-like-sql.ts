// Breaks 14.1: grouping every value with the same key, wherever it is, in a Map (SQL's GROUP BY).
// It must read the whole source before yielding anything, and Python's groupby groups neighbours
// only.
export * from '../solution/index.ts'

export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  const groups = new Map<K, T[]>()
  let index = 0
  for (const value of iterable) {
    const valueKey = key(value, index++)
    const group = groups.get(valueKey) ?? []
    group.push(value)
    groups.set(valueKey, group)
  }
  yield* groups
}
