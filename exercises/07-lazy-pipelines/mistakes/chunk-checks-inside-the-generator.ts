// Breaks 10.6: the size is checked in the generator body, which runs only at the first next().
export * from '../solution/index.ts'
export function* chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`chunk: the size must be a whole number > 0, got ${size}`)
  }
  let buffer: T[] = []
  for (const value of iterable) {
    buffer.push(value)
    if (buffer.length === size) {
      yield buffer
      buffer = []
    }
  }
  if (buffer.length > 0) yield buffer
}
