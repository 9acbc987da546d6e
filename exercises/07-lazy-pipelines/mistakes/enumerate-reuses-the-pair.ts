// Breaks 9.2: yields the same pair array every time, updated in place, so a consumer that keeps
// them sees only the last pair.
export * from '../solution/index.ts'
export function* enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  const pair = [start, undefined] as unknown as [number, T]
  let index = start
  for (const value of iterable) {
    pair[0] = index++
    pair[1] = value
    yield pair
  }
}
