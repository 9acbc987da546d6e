// Breaks 2.3: the loop pushes first and checks after, with no special case for n = 0, so take(x, 0)
// opens the source and returns one value.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  const taken: T[] = []
  for (const value of iterable) {
    taken.push(value)
    if (taken.length >= n) break
  }
  return taken
}
