// Mistake: no removeEventListener. Each loop over the same signal leaves one more listener on it,
// holding its generator in memory for as long as the signal lives.
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  signal.throwIfAborted()
  const iterator = source[Symbol.asyncIterator]()
  const aborted = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason))
  })
  let done = false
  try {
    for (;;) {
      signal.throwIfAborted()
      const result = await Promise.race([iterator.next(), aborted])
      if (result.done) {
        done = true
        return
      }
      yield result.value
    }
  } finally {
    if (!done) void iterator.return?.()
  }
}
