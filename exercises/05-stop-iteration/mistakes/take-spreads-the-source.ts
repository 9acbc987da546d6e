// Breaks 2.2: `[...iterable].slice(0, n)` reads the whole source first: every value is pulled, and
// an infinite source never ends.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`take: bad count ${n}`)
  return [...iterable].slice(0, n)
}
