// Breaks 1.1: take(n) comes before filter, so it takes the first n results and then drops the ones
// that failed: fewer than n names.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return Iterator.from(results)
    .take(n)
    .filter(([, score]) => score >= pass)
    .map(([name]) => name)
}
