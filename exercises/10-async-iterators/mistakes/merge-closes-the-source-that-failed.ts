// Breaks 5.6: keeps a failed source among the open ones, so its return() is called though its own next() rejected
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
  try {
    while (pending.size > 0) {
      const answer = await Promise.race(pending.values())
      pending.delete(answer.iterator)
      if ('error' in answer) {
        throw answer.error
      }
      if (answer.result.done) {
        open.delete(answer.iterator)
        continue
      }
      yield answer.result.value
      pull(answer.iterator)
    }
  } finally {
    // A source still waiting for its next() would answer return() only after it: do not wait.
    await Promise.all(
      [...open].map((iterator) => {
        const closing = (async () => iterator.return?.())()
        if (!pending.has(iterator)) return closing
        closing.catch(() => {})
        return undefined
      }),
    )
  }
}
