// Breaks 3.1: sorts a copy and takes the last element, but sort() with no compare function
// compares numbers as strings, so 9 beats 100.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  const sorted = [...values].sort()
  if (sorted.length === 0) throw new RangeError('max() of an empty iterable')
  return sorted[sorted.length - 1] as number
}
