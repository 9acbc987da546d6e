// Breaks 10.1: yielding a chunk only when it is full, so the values left over at the end are lost.
export * from '../solution/index.ts'

export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`chunk: bad size ${size}`)
  return (function* () {
    let current: T[] = []
    for (const value of iterable) {
      current.push(value)
      if (current.length === size) {
        yield current
        current = []
      }
    }
  })()
}
