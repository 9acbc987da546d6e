// Breaks 14.3: calls key twice per value (and once more per group), with shifted indexes.
export * from '../solution/index.ts'
export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  let group: T[] = []
  let previous: T | undefined
  let index = 0
  for (const value of iterable) {
    if (group.length > 0 && !Object.is(key(value, index), key(previous as T, index - 1))) {
      yield [key(previous as T, index - 1), group]
      group = []
    }
    group.push(value)
    previous = value
    index++
  }
  if (group.length > 0) yield [key(previous as T, index - 1), group]
}
