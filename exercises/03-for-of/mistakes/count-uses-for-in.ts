// Breaks 2.1: `for...in` instead of `for...of`: it counts an array's keys, right by luck, and
// finds no keys at all in a Set or a generator.
export * from '../solution/index.ts'

export function count(values: Iterable<unknown>): number {
  let total = 0
  for (const _ in values) total += 1
  return total
}
