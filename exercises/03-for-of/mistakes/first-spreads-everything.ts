// Breaks 4.2: `[...values][0]`. It reads every value to keep one: wasteful on a long source and
// endless on an infinite one.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  return [...values][0]
}
