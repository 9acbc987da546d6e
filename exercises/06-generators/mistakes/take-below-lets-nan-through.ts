// Breaks 3.3: `if (value >= limit) return` lets NaN through: NaN >= limit is false, yet NaN is not
// below the limit either.
export * from '../solution/index.ts'
export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  for (const value of values) {
    if (value >= limit) return
    yield value
  }
}
