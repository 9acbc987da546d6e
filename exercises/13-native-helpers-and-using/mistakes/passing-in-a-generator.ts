// Breaks 1.5: wraps the chain in a generator to keep it lazy, so take(n) is called only at the
// first next(): a negative or NaN n is refused there, not when passing is called.
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  return (function* () {
    yield* Iterator.from(results)
      .filter(([, score]) => score >= pass)
      .map(([name]) => name)
      .take(n)
    return undefined
  })()
}
