// Breaks 3.2: starts the running maximum at 0, as for a sum, and keeps a flag for "seen
// anything": with only negative numbers, 0 beats them all.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest = 0
  let seen = false
  for (const value of values) {
    seen = true
    if (value > largest) largest = value
  }
  if (!seen) throw new RangeError('max() of an empty iterable')
  return largest
}
