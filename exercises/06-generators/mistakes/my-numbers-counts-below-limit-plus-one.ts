// Breaks 1.2: counts while current < limit + 1, which is current <= limit only for a whole limit:
// myNumbers(2.5) yields 1, 2 and 3, a number above the limit.
export * from '../solution/index.ts'

export function* myNumbers(limit = Infinity): Generator<number> {
  for (let current = 1; current < limit + 1; current += 1) yield current
}
