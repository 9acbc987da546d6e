// Breaks 14.5: empties one values array with `length = 0` for each new group, so all the groups
// yielded are the same array.
export * from '../solution/index.ts'
export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  const group: T[] = []
  let currentKey!: K
  let index = 0
  for (const value of iterable) {
    const k = key(value, index++)
    if (group.length > 0 && !Object.is(k, currentKey)) {
      yield [currentKey, group]
      group.length = 0
    }
    currentKey = k
    group.push(value)
  }
  if (group.length > 0) yield [currentKey, group]
}
