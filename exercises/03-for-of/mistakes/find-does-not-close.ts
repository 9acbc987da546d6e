// Breaks 5.5: a hand-written next() loop that returns the match and walks away, leaving the source
// open (for...of would have called its return()).
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  const iterator = values[Symbol.iterator]()
  for (let index = 0; ; index += 1) {
    const result = iterator.next()
    if (result.done) return undefined
    if (predicate(result.value, index)) return result.value
  }
}
