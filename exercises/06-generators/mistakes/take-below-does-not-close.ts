// Breaks 3.5: reading the source with next() by hand and returning without calling its return(), so
// a source that holds a file or a connection is never told to clean up.
export * from '../solution/index.ts'

export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  const iterator = values[Symbol.iterator]()
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    if (result.value >= limit) return
    yield result.value
  }
}
