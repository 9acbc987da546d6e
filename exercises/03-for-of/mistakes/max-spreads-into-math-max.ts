// Breaks 3.4: `Math.max(...values)`. Short, and right for non-empty input, but Math.max() of
// nothing is -Infinity, where max() must throw a RangeError.
export * from '../solution/index.ts'

export function max(values: Iterable<number>): number {
  return Math.max(...values)
}
