// Breaks 3.1: `value <= limit` keeps going at a value equal to the limit and yields it.
export * from '../solution/index.ts'
export function* takeBelow(values: Iterable<number>, limit: number): Generator<number> {
  for (const value of values) {
    if (value <= limit) yield value
    else return
  }
}
