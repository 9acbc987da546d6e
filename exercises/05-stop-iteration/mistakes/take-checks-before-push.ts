// Breaks 2.2: the loop checks whether it has n values before it pushes, so it pulls one value too
// many (the n+1-th, which it throws away).
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  const taken: T[] = []
  if (n === 0) return taken
  for (const value of iterable) {
    if (taken.length === n) break
    taken.push(value)
  }
  return taken
}
