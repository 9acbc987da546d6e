// Mistake: racing a fresh next() of every source on every round. The answers that lose a race are
// thrown away, so their values are lost.
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  const live = new Set(sources.map((source) => source[Symbol.asyncIterator]()))
  try {
    while (live.size > 0) {
      const { iterator, result } = await Promise.race(
        [...live].map((iterator) => iterator.next().then((result) => ({ iterator, result }))),
      )
      if (result.done) live.delete(iterator)
      else yield result.value
    }
  } finally {
    await Promise.all([...live].map((iterator) => iterator.return?.()))
  }
}
