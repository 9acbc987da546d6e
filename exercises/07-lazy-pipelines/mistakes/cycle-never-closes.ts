// Breaks 12.5: reads the first pass with next() by hand and never closes the source: a consumer
// that stops during it leaves the source open.
export * from '../solution/index.ts'

export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  const saved: T[] = []
  const iterator = iterable[Symbol.iterator]()
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    saved.push(result.value)
    yield result.value
  }
  if (saved.length === 0) return
  for (;;) yield* saved
}
