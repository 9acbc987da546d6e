// Breaks 2.6: the check catches negative counts only, so 1.5, NaN and Infinity get through: take(x,
// 1.5) never sees taken.length === 1.5 and reads the whole source.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (n < 0) throw new RangeError(`take() needs a count >= 0, not ${n}`)
  const taken: T[] = []
  if (n === 0) return taken
  for (const value of iterable) {
    taken.push(value)
    if (taken.length === n) break
  }
  return taken
}
