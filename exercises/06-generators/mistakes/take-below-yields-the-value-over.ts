// Breaks 3.1: yielding first and checking after, so the value that reached the limit slips out.
export * from '../solution/index.ts'

export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  for (const value of values) {
    yield value
    if (value >= limit) return
  }
}
