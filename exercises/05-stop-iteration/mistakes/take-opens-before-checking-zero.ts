// Breaks 2.3: the source is opened first and the count checked after, so take(x, 0) opens (and
// closes) a source it never needed.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  const iterator = iterable[Symbol.iterator]()
  const taken: T[] = []
  while (taken.length < n) {
    const result = iterator.next()
    if (result.done) return taken
    taken.push(result.value)
  }
  iterator.return?.()
  return taken
}
