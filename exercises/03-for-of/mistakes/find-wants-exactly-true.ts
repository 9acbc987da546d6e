// Breaks 5.3: strict equality everywhere, `predicate(...) === true`: a predicate that answers 1
// or 'yes', as JavaScript predicates may, never matches.
export * from '../solution/index.ts'

export function find<T>(
  values: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): T | undefined {
  let index = 0
  for (const value of values) {
    if (predicate(value, index) === true) return value
    index += 1
  }
  return undefined
}
