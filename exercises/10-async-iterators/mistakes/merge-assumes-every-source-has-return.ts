// Mistake: a cast to Required<AsyncIterator> to quiet TypeScript. return() is optional in the
// protocol: closing a source that has none throws a TypeError instead of stopping quietly.
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  type Answer = { iterator: AsyncIterator<T>; result: IteratorResult<T> }
  const waiting = new Map<AsyncIterator<T>, Promise<Answer>>()
  const pull = (iterator: AsyncIterator<T>) =>
    waiting.set(
      iterator,
      iterator.next().then((result) => ({ iterator, result })),
    )
  const unfinished = new Set(sources.map((source) => source[Symbol.asyncIterator]()))
  unfinished.forEach(pull)
  try {
    while (waiting.size > 0) {
      const { iterator, result } = await Promise.race(waiting.values())
      waiting.delete(iterator)
      if (result.done) {
        unfinished.delete(iterator)
        continue
      }
      yield result.value
      pull(iterator)
    }
  } finally {
    await Promise.all(
      [...unfinished].map((iterator) => (iterator as Required<AsyncIterator<T>>).return()),
    )
  }
}
