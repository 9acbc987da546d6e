// Breaks 9.1: yielding [value, index], the order of Array.prototype.forEach's callback, where
// Python's enumerate (and this contract) puts the index first.
export * from '../solution/index.ts'

export function* enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  let index = start
  for (const value of iterable) yield [value, index++] as unknown as [number, T]
}
