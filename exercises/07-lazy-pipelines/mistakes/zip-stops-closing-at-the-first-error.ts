// Breaks 8.6: closes the others in a plain loop: when one return() throws, the rest are never
// closed.
export * from '../solution/index.ts'
export function* zip<T extends unknown[]>(
  ...iterables: { [K in keyof T]: Iterable<T[K]> }
): IterableIterator<T> {
  if (iterables.length === 0) return
  const iterators = (iterables as Iterable<unknown>[]).map((iterable) =>
    iterable[Symbol.iterator](),
  )
  let stopped = -1 // the one that said done or threw: it is not closed
  try {
    while (true) {
      const row: unknown[] = []
      for (let i = 0; i < iterators.length; i++) {
        stopped = i
        const result = (iterators[i] as Iterator<unknown>).next()
        if (result.done) return
        stopped = -1
        row.push(result.value)
      }
      yield row as T
    }
  } finally {
    for (let i = 0; i < iterators.length; i++) {
      if (i !== stopped) (iterators[i] as Iterator<unknown>).return?.()
    }
  }
}
