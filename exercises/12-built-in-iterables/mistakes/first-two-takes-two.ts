// Breaks 5.1: take(2).toArray() gives a shorter array for a short source, not a pair with undefined.
export * from '../solution/index.ts'

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  return Iterator.from(values).take(2).toArray() as [T | undefined, T | undefined]
}
