// Breaks 10.3: hands out a full chunk only when the next value arrives, so the first chunk costs
// size + 1 pulls.
export * from '../solution/index.ts'
export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`chunk: the size must be a whole number > 0, got ${size}`)
  }
  return (function* () {
    let buffer: T[] = []
    for (const value of iterable) {
      if (buffer.length === size) {
        yield buffer
        buffer = []
      }
      buffer.push(value)
    }
    if (buffer.length > 0) yield buffer
  })()
}
