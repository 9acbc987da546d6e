// Breaks 2.6: "be liberal in what you accept": Math.floor(n) turns 1.5 into 1 instead of refusing
// it.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  const count = Math.floor(n)
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`take: bad count ${n}`)
  const out: T[] = []
  if (count === 0) return out
  for (const value of iterable) {
    out.push(value)
    if (out.length === count) break
  }
  return out
}
