// Breaks 5.5: pulls by hand and closes when it finds a match, but a predicate that throws skips
// the close.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  const iterator = values[Symbol.iterator]()
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    if (predicate(result.value, index++)) {
      iterator.return?.()
      return result.value
    }
  }
  return undefined
}
