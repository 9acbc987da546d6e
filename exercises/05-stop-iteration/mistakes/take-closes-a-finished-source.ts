// Breaks 2.5: return() in a finally block runs every time, so a source that already said done is
// closed as well.
export * from '../solution/index.ts'

export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  const taken: T[] = []
  if (n === 0) return taken
  const iterator = iterable[Symbol.iterator]()
  try {
    while (taken.length < n) {
      const result = iterator.next()
      if (result.done) break
      taken.push(result.value)
    }
  } finally {
    iterator.return?.()
  }
  return taken
}
