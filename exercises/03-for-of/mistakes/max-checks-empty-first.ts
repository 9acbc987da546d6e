// Breaks 3.1: checking for emptiness with a first pass (count), then searching in a second. A
// generator is one-shot: the first pass uses it up, so the second sees nothing at all.
import { count } from '../solution/index.ts'
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  if (count(values) === 0) throw new RangeError('max() of an empty iterable')
  let largest = -Infinity
  for (const value of values) if (value > largest) largest = value
  return largest
}
