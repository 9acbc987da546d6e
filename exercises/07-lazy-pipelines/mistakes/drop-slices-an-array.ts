// Breaks 4.2: `[...iterable].slice(n)` reads the whole source first, and never ends on an infinite
// one.
export * from '../solution/index.ts'
export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`drop: the count must be a whole number >= 0, got ${n}`)
  }
  return [...iterable].slice(n)[Symbol.iterator]()
}
