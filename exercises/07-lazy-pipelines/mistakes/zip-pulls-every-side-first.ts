// Breaks 8.2: pulling every iterable for the row and only then checking for done. When the first
// one has ended, the others are still pulled once more and that value is lost.
export * from '../solution/index.ts'

export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators: Iterator<unknown>[] = iterables.map((iterable) => iterable[Symbol.iterator]())
  let results: IteratorResult<unknown>[] = []
  try {
    for (;;) {
      results = iterators.map((iterator) => iterator.next())
      if (results.some((result) => result.done)) return
      yield results.map((result) => result.value) as T
    }
  } finally {
    iterators.forEach((iterator, index) => {
      if (!results[index]?.done) iterator.return?.()
    })
  }
}
