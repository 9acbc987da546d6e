// Breaks 3.2: `continue` past the values that are too big instead of stopping. On an infinite
// source the loop then never ends.
export * from '../solution/index.ts'

export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  for (const value of values) {
    if (value >= limit) continue
    yield value
  }
}
