// Breaks 3.2: `!largest` for "no value yet": a 0 among the values is forgotten, and max([0])
// throws as if the iterable were empty.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest: number | undefined
  for (const value of values) {
    if (!largest || value > largest) largest = value
  }
  if (!largest) throw new RangeError('max() of an empty iterable')
  return largest
}
