// Breaks 1.4: copying the seed's `limit = 20` as the default, so myNumbers() is no longer endless.
export * from '../solution/index.ts'

export function* myNumbers(limit = 20): Generator<number> {
  for (let current = 1; current <= limit; current += 1) yield current
}
