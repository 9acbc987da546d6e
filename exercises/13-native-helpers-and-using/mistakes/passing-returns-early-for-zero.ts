// Breaks 1.3: a generator that returns at once for n = 0, before its loop, so the source it was handed stays open.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return (function* () {
    if (n <= 0) return undefined
    yield* Iterator.from(results)
      .filter(([, score]) => score >= pass)
      .map(([name]) => name)
      .take(n)
    return undefined
  })()
}
