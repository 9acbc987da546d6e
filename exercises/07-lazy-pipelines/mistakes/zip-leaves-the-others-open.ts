// Breaks 8.3: stopping when one iterable is done without closing the others, which may hold a file
// or a connection open.
export * from '../solution/index.ts'

export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators: Iterator<unknown>[] = iterables.map((iterable) => iterable[Symbol.iterator]())
  for (;;) {
    const row: unknown[] = []
    for (const iterator of iterators) {
      const result = iterator.next()
      if (result.done) return
      row.push(result.value)
    }
    yield row as T
  }
}
