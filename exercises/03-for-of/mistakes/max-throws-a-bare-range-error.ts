// Breaks 3.4: the right error type with no message. `new RangeError()` tells whoever catches it
// nothing; the message should say what went wrong: the iterable was empty.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  let largest: number | undefined
  for (const value of values) {
    if (largest === undefined || value > largest) largest = value
  }
  if (largest === undefined) throw new RangeError()
  return largest
}
