// Breaks 2.7: the RangeError's message does not show the count it refused.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError('take: the count must be a whole number >= 0')
  }
  const out: T[] = []
  if (n === 0) return out
  for (const value of iterable) {
    out.push(value)
    if (out.length === n) break
  }
  return out
}
