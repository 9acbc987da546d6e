// Breaks 11.1: the zip(xs, xs[1:]) idea: opens the iterable twice, so a one-shot generator's two
// openings share one iterator and the pairs come out wrong.
export * from '../solution/index.ts'
export function* pairwise<T>(iterable: Iterable<T>): IterableIterator<[T, T]> {
  const first = iterable[Symbol.iterator]()
  const second = iterable[Symbol.iterator]()
  if (second.next().done) return
  try {
    while (true) {
      const a = first.next()
      const b = second.next()
      if (a.done || b.done) return
      yield [a.value, b.value]
    }
  } finally {
    first.return?.()
    second.return?.()
  }
}
