// Breaks 2.1: counts each value as it arrives and stops when the count reaches n, before keeping
// the n-th value: take(x, 3) gives two values.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  const taken: T[] = []
  if (n === 0) return taken
  let count = 0
  for (const value of iterable) {
    count += 1
    if (count === n) break
    taken.push(value)
  }
  return taken
}
