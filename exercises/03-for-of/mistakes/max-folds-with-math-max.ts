// Breaks 3.3: keeps the running maximum with Math.max(largest, value): one NaN anywhere turns
// the answer into NaN, and 0 wins over an earlier -0.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest: number | undefined
  for (const value of values) largest = largest === undefined ? value : Math.max(largest, value)
  if (largest === undefined) throw new RangeError('max() of an empty iterable')
  return largest
}
