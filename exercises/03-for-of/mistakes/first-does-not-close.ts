// Breaks 4.3: pulling the first value by hand and walking away. The source is never told that
// nobody will read it again, so a generator's `finally` (closing a file, say) never runs.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  const result = values[Symbol.iterator]().next()
  return result.done ? undefined : result.value
}
