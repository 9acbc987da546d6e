// Breaks 1.4: `yield* Array.from({ length: limit }, …)` builds every number first, and with no
// limit there is no array long enough: it throws.
export * from '../solution/index.ts'
export function* myNumbers(limit = Infinity): Generator<number> {
  yield* Array.from({ length: limit }, (_, i) => i + 1)
}
