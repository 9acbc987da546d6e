// Breaks 5.7: no finally block, so a consumer that stops early leaves every source open
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  type Answer =
    | { iterator: AsyncIterator<T>; result: IteratorResult<T> }
    | { iterator: AsyncIterator<T>; error: unknown }
  const pending = new Map<AsyncIterator<T>, Promise<Answer>>()
  const pull = (iterator: AsyncIterator<T>) =>
    pending.set(
      iterator,
      iterator.next().then(
        (result) => ({ iterator, result }),
        (error: unknown) => ({ iterator, error }),
      ),
    )
  const open = new Set(sources.map((source) => source[Symbol.asyncIterator]()))
  open.forEach(pull)
  while (pending.size > 0) {
    const answer = await Promise.race(pending.values())
    pending.delete(answer.iterator)
    if ('error' in answer) {
      open.delete(answer.iterator)
      throw answer.error
    }
    if (answer.result.done) {
      open.delete(answer.iterator)
      continue
    }
    yield answer.result.value
    pull(answer.iterator)
  }
}
