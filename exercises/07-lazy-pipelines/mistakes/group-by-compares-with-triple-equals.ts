// Breaks 14.2: comparing keys with ===, so NaN never matches itself and 0 matches -0.
export * from '../solution/index.ts'

export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  let group: [K, T[]] | undefined
  let index = 0
  for (const value of iterable) {
    const valueKey = key(value, index++)
    if (group !== undefined && group[0] === valueKey) {
      group[1].push(value)
    } else {
      if (group !== undefined) yield group
      group = [valueKey, [value]]
    }
  }
  if (group !== undefined) yield group
}
