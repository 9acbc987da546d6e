// Breaks 11.4: walks the source with next() by hand and never closes it: a consumer that stops
// early leaves it open.
export * from '../solution/index.ts'

export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  const iterator = iterable[Symbol.iterator]()
  const first = iterator.next()
  if (first.done) return
  let previous = first.value
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    yield [previous, result.value]
    previous = result.value
  }
}
