// Breaks 1.2: `current < limit` where the seed counts up to and including the limit.
export * from '../solution/index.ts'

export function* myNumbers(limit = Infinity): Generator<number> {
  for (let current = 1; current < limit; current += 1) yield current
}
