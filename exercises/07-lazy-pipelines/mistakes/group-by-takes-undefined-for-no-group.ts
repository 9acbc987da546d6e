// Breaks 14.4: `currentKey !== undefined` marks "a group has started", so a leading run whose key
// is undefined is glued onto the next run.
export * from '../solution/index.ts'
export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  let currentKey: K | undefined = undefined
  let group: T[] = []
  let index = 0
  for (const value of iterable) {
    const k = key(value, index++)
    if (currentKey !== undefined && !Object.is(k, currentKey)) {
      yield [currentKey, group]
      group = []
    }
    currentKey = k
    group.push(value)
  }
  if (group.length > 0) yield [currentKey as K, group]
}
