// Breaks 1.3: keeps the first n names with a filter on the index instead of take(n), so it never
// stops pulling: the filter just drops every later name.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return Iterator.from(results)
    .filter(([, score]) => score >= pass)
    .map(([name]) => name)
    .filter((_, index) => index < n)
}
