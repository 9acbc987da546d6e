// Breaks 1.5: take(n || 0) turns a NaN n into 0, so passing gives no names instead of refusing it.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return Iterator.from(results)
    .filter(([, score]) => score >= pass)
    .map(([name]) => name)
    .take(n || 0)
}
