// Breaks 5.5: pulls by hand and, when the predicate throws, closes the source and rethrows; but
// a return() that throws too replaces the predicate's error with its own.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  const iterator = values[Symbol.iterator]()
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    let matched: boolean
    try {
      matched = predicate(result.value, index++)
    } catch (error) {
      iterator.return?.()
      throw error
    }
    if (matched) {
      iterator.return?.()
      return result.value
    }
  }
  return undefined
}
