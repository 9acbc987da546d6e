// Breaks 6.9: adds a { once: true } listener for every pull and never removes them: they pile up on a signal that outlives the loop
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  signal.throwIfAborted()
  const iterator = source[Symbol.asyncIterator]()
  let ended = false
  try {
    while (true) {
      signal.throwIfAborted()
      const aborted = new Promise<never>((_, reject) => {
        signal.addEventListener('abort', () => reject(signal.reason), { once: true })
      })
      const result = await Promise.race([iterator.next(), aborted])
      if (result.done) {
        ended = true
        return
      }
      yield result.value
    }
  } finally {
    if (!ended) void iterator.return?.()
  }
}
