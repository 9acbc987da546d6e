// Breaks 1.2: copying the source into an array and mapping that, as with Array.prototype.map. The
// whole source is read the moment map() is called, so an infinite one never returns.
export * from '../solution/index.ts'

export function map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  return [...iterable].map(fn)[Symbol.iterator]()
}
