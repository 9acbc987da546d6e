// Breaks 5.2: counting positions from 1, as people do, where JavaScript indexes count from 0.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  let index = 0
  for (const value of values) {
    index += 1
    if (predicate(value, index)) return value
  }
  return undefined
}
