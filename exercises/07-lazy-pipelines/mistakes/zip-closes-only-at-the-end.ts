// Breaks 8.4: closes the others when the shortest ends, but with no try/finally: a consumer that
// stops early closes nothing.
export * from '../solution/index.ts'
export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators = (iterables as Iterable<unknown>[]).map((iterable) =>
    iterable[Symbol.iterator](),
  )
  while (true) {
    const row: unknown[] = []
    for (let i = 0; i < iterators.length; i++) {
      const result = (iterators[i] as Iterator<unknown>).next()
      if (result.done) {
        let failure: unknown
        let failed = false
        iterators.forEach((other, j) => {
          if (j === i) return
          try {
            other.return?.()
          } catch (error) {
            if (!failed) [failed, failure] = [true, error]
          }
        })
        if (failed) throw failure
        return
      }
      row.push(result.value)
    }
    yield row as T
  }
}
