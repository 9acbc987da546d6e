// Breaks 2.4: pulling by hand with next() and simply stopping: without a for...of loop, nothing
// calls the source's return(), so a source stopped early is never closed.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  const taken: T[] = []
  if (n === 0) return taken
  const iterator = iterable[Symbol.iterator]()
  while (taken.length < n) {
    const result = iterator.next()
    if (result.done) break
    taken.push(result.value)
  }
  return taken
}
