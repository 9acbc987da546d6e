// Breaks 14.8: pulls with next() by hand and has no try/finally, so a throwing key leaves the
// source open (and so does an early stop).
export * from '../solution/index.ts'
export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  const source = iterable[Symbol.iterator]()
  let index = 0
  let result = source.next()
  let k = result.done ? undefined : key(result.value, index++)
  while (!result.done) {
    const groupKey = k as K
    const group: T[] = [result.value]
    result = source.next()
    while (!result.done) {
      k = key(result.value, index++)
      if (!Object.is(k, groupKey)) break
      group.push(result.value)
      result = source.next()
    }
    yield [groupKey, group]
  }
}
