// Breaks 10.2: emptying the same array after each yield (`current.length = 0`). The consumer holds
// that very array, so every chunk it kept is emptied too.
export * from '../solution/index.ts'

export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) throw new RangeError(`chunk: bad size ${size}`)
  return (function* () {
    const current: T[] = []
    for (const value of iterable) {
      current.push(value)
      if (current.length === size) {
        yield current
        current.length = 0
      }
    }
    if (current.length > 0) yield current
  })()
}
