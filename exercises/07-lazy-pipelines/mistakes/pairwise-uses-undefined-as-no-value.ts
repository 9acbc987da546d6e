// Breaks 11.2: using undefined to mean "no previous value yet", so a real undefined in the source
// loses its pair.
export * from '../solution/index.ts'

export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  let previous: T | undefined
  for (const value of iterable) {
    if (previous !== undefined) yield [previous, value]
    previous = value
  }
}
