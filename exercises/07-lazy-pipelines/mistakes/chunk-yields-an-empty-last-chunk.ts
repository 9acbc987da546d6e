// Breaks 10.1: always yields the chunk being filled after the loop, so an even split (and an empty
// source) ends with [].
export * from '../solution/index.ts'
export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`chunk: the size must be a whole number > 0, got ${size}`)
  }
  return (function* () {
    let buffer: T[] = []
    for (const value of iterable) {
      buffer.push(value)
      if (buffer.length === size) {
        yield buffer
        buffer = []
      }
    }
    yield buffer
  })()
}
