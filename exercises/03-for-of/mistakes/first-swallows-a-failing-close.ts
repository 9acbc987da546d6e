// Breaks 4.3: pulls one value by hand and closes the source inside a try with an empty catch, "to
// be safe": a return() that throws is hidden from the caller.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  const iterator = values[Symbol.iterator]()
  const result = iterator.next()
  if (result.done) return undefined
  try {
    iterator.return?.()
  } catch {
    // closing is best effort
  }
  return result.value
}
