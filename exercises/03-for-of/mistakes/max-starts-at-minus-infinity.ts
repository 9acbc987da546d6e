// Breaks 3.2: starts from -Infinity, as Math.max does, and uses it as "nothing seen yet": an
// iterable that really holds -Infinity is called empty.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest = -Infinity
  for (const value of values) if (value > largest) largest = value
  if (largest === -Infinity) throw new RangeError('max() of an empty iterable')
  return largest
}
