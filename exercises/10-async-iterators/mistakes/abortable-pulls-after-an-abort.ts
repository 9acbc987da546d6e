// Breaks 6.7: checks the signal once, before the first pull, and relies on the race after that: a pull after an abort still pulls the source
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
