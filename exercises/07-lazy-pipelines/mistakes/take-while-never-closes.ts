// Breaks 5.4: a manual next() loop that returns at the first failure without closing the source.
export * from '../solution/index.ts'
export function* takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let index = 0
  while (true) {
    const result = source.next()
    if (result.done || !predicate(result.value, index++)) return
    yield result.value
  }
}
