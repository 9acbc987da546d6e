// Breaks 5.2: spreads the source into an array first, which reads all of it: an infinite one never ends.
export * from '../solution/index.ts'

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  const [first, second] = [...values]
  return [first, second]
}
