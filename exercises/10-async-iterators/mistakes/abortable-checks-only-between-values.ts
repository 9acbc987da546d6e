// Mistake: checking signal.aborted before each pull only. A pull that is already waiting keeps
// waiting after the abort, for as long as the source takes (maybe forever).
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  for await (const value of source) {
    signal.throwIfAborted()
    yield value
  }
}
