// Breaks 5.1: returns null when nothing matches, as in Java, where JavaScript's find() gives
// undefined.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  let index = 0
  for (const value of values) {
    if (predicate(value, index)) return value
    index += 1
  }
  return null as unknown as undefined
}
