// Breaks 3.4: throws a plain Error with Python's ValueError message, not a RangeError.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest: number | undefined
  for (const value of values) {
    if (largest === undefined || value > largest) largest = value
  }
  if (largest === undefined) throw new Error('max() arg is an empty sequence')
  return largest
}
