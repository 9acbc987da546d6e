// Breaks 14.1: an empty source yields [undefined, []].
export * from '../solution/index.ts'
export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  let group: T[] = []
  let currentKey!: K
  let index = 0
  for (const value of iterable) {
    const k = key(value, index++)
    if (group.length > 0 && !Object.is(k, currentKey)) {
      yield [currentKey, group]
      group = []
    }
    currentKey = k
    group.push(value)
  }
  yield [currentKey, group]
}
