// Breaks 6.6: marks the source finished only when it says done, so a source whose own next() rejected is closed as well
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  signal.throwIfAborted()
  const iterator = source[Symbol.asyncIterator]()
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort)
  })
  let open = true
  try {
    for (;;) {
      signal.throwIfAborted()
      const result = await Promise.race([iterator.next(), aborted])
      if (result.done) {
        open = false
        return
      }
      yield result.value
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    // Not awaited: the source may still be busy with the pull we stopped waiting for.
    if (open) iterator.return?.()?.catch(() => {})
  }
}
