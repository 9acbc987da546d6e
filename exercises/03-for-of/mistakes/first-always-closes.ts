// Breaks 4.4: "always close what you open": calls return() even when the source already said
// done.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  const iterator = values[Symbol.iterator]()
  const result = iterator.next()
  iterator.return?.()
  return result.done ? undefined : result.value
}
