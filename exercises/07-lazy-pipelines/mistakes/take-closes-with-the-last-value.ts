// Breaks 3.3: closes the source as soon as it has pulled the n-th value, before yielding it,
// instead of at the next pull.
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
      while (true) {
        const result = source.next()
        if (result.done) {
          finished = true
          return
        }
        if (++count === n) {
          finished = true
          source.return?.()
          yield result.value
          return
        }
        yield result.value
      }
    } finally {
      if (!finished) source.return?.()
    }
  })()
}
