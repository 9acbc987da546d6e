// Mistake: no finally block, so a consumer that stops early leaves every source open.
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  type Answer = { iterator: AsyncIterator<T>; result: IteratorResult<T> }
  const waiting = new Map<AsyncIterator<T>, Promise<Answer>>()
  const pull = (iterator: AsyncIterator<T>) =>
    waiting.set(
      iterator,
      iterator.next().then((result) => ({ iterator, result })),
    )
  sources.forEach((source) => pull(source[Symbol.asyncIterator]()))
  while (waiting.size > 0) {
    const { iterator, result } = await Promise.race(waiting.values())
    waiting.delete(iterator)
    if (result.done) continue
    yield result.value
    pull(iterator)
  }
}
