// Breaks 3.5: a manual while (count < n) loop with `finally { if (!finished) source.return?.() }`:
// when the source's own next() throws, finished is still false and the source gets closed.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take: the count must be a whole number >= 0, got ${n}`)
  }
  return (function* () {
    if (n === 0) return
    const source = iterable[Symbol.iterator]()
    let count = 0
    let finished = false
    try {
      while (count < n) {
        const result = source.next()
        if (result.done) {
          finished = true
          return
        }
        count++
        yield result.value
      }
    } finally {
      if (!finished) source.return?.()
    }
  })()
}
