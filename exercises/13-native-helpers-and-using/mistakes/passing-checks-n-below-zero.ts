// Breaks 1.5: checks `n < 0` at once, then keeps the chain lazy in a generator; NaN < 0 is false,
// so a NaN n gets past the check and is refused by take(n) only at the first next().
export * from '../solution/index.ts'

export function passing(
  results: Iterable<[string, number]> | Iterator<[string, number]>,
  pass: number,
  n: number,
): IteratorObject<string, undefined, unknown> {
  if (n < 0) throw new RangeError(`n must be 0 or more, not ${n}`)
  return (function* (): Generator<string, undefined, unknown> {
    yield* Iterator.from(results)
      .filter(([, score]) => score >= pass)
      .map(([name]) => name)
      .take(n)
    return undefined
  })()
}
