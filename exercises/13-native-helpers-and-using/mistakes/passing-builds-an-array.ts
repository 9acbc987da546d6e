// Breaks 1.2: turns the results into an array first and chains the array methods, so every result
// is read before the first name is asked for.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return Iterator.from(results)
    .toArray()
    .filter(([, score]) => score >= pass)
    .map(([name]) => name)
    .slice(0, n)
    .values()
}
