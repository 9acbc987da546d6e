// Breaks 6.10: never awaits the source's return(), also when the consumer stops between two pulls and nothing is pending
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
    signal.removeEventListener('abort', onAbort)
    // Not awaited: the source may still be busy with the pull we stopped waiting for.
    if (open) iterator.return?.()?.catch(() => {})
  }
}
