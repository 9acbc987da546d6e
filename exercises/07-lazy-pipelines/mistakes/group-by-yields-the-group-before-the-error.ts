// Breaks 14.8: when key throws, it first hands out the group collected so far, "so that nothing is
// lost", and lets the error out only at the next pull.
export * from '../solution/index.ts'

export function* groupBy<T, K>(
  iterable: Iterable<T>,
  key: (value: T, index: number) => K,
): IterableIterator<[K, T[]]> {
  let group: [K, T[]] | undefined
  let index = 0
  for (const value of iterable) {
    let valueKey: K
    try {
      valueKey = key(value, index++)
    } catch (error) {
      if (group !== undefined) yield group
      throw error
    }
    if (group !== undefined && Object.is(group[0], valueKey)) {
      group[1].push(value)
    } else {
      if (group !== undefined) yield group
      group = [valueKey, [value]]
    }
  }
  if (group !== undefined) yield group
}
