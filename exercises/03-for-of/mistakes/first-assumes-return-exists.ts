// Breaks 4.3: closes by hand with a non-null assertion, `return!()`: an array's iterator has no
// return(), so first([1]) throws.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  const iterator = values[Symbol.iterator]()
  const result = iterator.next()
  if (result.done) return undefined
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion
  iterator.return!()
  return result.value
}
