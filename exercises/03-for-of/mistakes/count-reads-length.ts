// Mistake: a shortcut through `.length` when there is one. A string has a length, but it counts
// UTF-16 code units, not the code points for...of yields: "a😀" has length 3 and 2 values.
export * from '../solution/index.ts'

export function count(values: Iterable<unknown>): number {
  const { length } = values as { length?: number }
  if (length !== undefined) return length
  let total = 0
  for (const _ of values) total += 1
  return total
}
