// Breaks 9.3: `Array.from(iterable).entries()` reads the whole source first, and never ends on an
// infinite one.
export * from '../solution/index.ts'
export function enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  return Array.from(iterable, (value, i) => [i + start, value] as [number, T])[Symbol.iterator]()
}
