// Breaks 2.6: a bad count quietly gives an empty array instead of a RangeError, hiding the caller's
// bug.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  const taken: T[] = []
  if (!(n > 0)) return taken
  for (const value of iterable) {
    taken.push(value)
    if (taken.length >= n) break
  }
  return taken
}
