// Breaks 5.9: hears "do not await return()" and awaits none, also that of the source it has just read from, whose cleanup is then still running after the break
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
  } finally {
    // Not awaited: a source with a pending next() would answer only after it.
    for (const iterator of open) void (async () => iterator.return?.())().catch(() => {})
  }
}
