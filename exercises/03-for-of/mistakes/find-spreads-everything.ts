// Breaks 5.4: `[...values].find(predicate)`. Array's find() is right there, but the spread reads
// every value before the search starts: endless on an infinite source.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  return [...values].find((value, index) => predicate(value, index))
}
