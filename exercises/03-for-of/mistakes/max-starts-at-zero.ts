// Mistake: starting the search from 0. With only negative numbers, 0 beats them all, and an
// empty iterable gives 0 instead of a RangeError.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest = 0
  for (const value of values) if (value > largest) largest = value
  return largest
}
