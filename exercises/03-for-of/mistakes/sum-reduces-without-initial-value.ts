// Breaks 1.2: `Array.from(values).reduce((total, value) => total + value)` with no initial value.
// reduce() then starts from the first element, and on an empty array it throws a TypeError.
export * from '../solution/index.ts'

export function sum(values: Iterable<number>): number {
  return Array.from(values).reduce((total, value) => total + value)
}
