// Mistake: ending the merge as soon as any source ends, though others still have values.
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]())
  const waiting = new Map(
    iterators.map((iterator) => [
      iterator,
      iterator.next().then((result) => ({ iterator, result })),
    ]),
  )
  try {
    while (waiting.size > 0) {
      const { iterator, result } = await Promise.race(waiting.values())
      if (result.done) return
      yield result.value
      waiting.set(
        iterator,
        iterator.next().then((result) => ({ iterator, result })),
      )
    }
  } finally {
    await Promise.all(iterators.map((iterator) => iterator.return?.()))
  }
}
