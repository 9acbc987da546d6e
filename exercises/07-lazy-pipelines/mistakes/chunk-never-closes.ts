// Breaks 10.4: walks the source with next() by hand and never closes it: a consumer that stops
// early leaves it open.
export * from '../solution/index.ts'

export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`chunk: the size must be a whole number > 0, got ${size}`)
  }
  return chunks(iterable, size)
}

function* chunks<T>(iterable: Iterable<T>, size: number): Generator<T[]> {
  const iterator = iterable[Symbol.iterator]()
  let current: T[] = []
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    current.push(result.value)
    if (current.length === size) {
      yield current
      current = []
    }
  }
  if (current.length > 0) yield current
}
