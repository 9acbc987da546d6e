// Breaks 5.6: puts return() in a finally block so that it "always" runs: it also closes a
// source that said done, and one whose own next() threw.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  const iterator = values[Symbol.iterator]()
  try {
    for (let index = 0; ; index += 1) {
      const result = iterator.next()
      if (result.done) return undefined
      if (predicate(result.value, index)) return result.value
    }
  } finally {
    iterator.return?.()
  }
}
