// Breaks 6.9: never calls removeEventListener, so every loop over the same signal leaves one more listener on it
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
  let open = true
  try {
    for (;;) {
      signal.throwIfAborted()
      const pull = iterator.next().catch((error: unknown) => {
        open = false
        throw error
      })
      const result = await Promise.race([pull, aborted])
      if (result.done) {
        open = false
        return
      }
      yield result.value
    }
  } finally {
    // Not awaited: the source may still be busy with the pull we stopped waiting for.
    if (open) iterator.return?.()?.catch(() => {})
  }
}
