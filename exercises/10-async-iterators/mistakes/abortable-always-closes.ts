// Breaks 6.6: "always clean up": calls the source's return() in a finally block however the loop ended, also after the source said done
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  signal.throwIfAborted()
  const iterator = source[Symbol.asyncIterator]()
  let rejectAborted!: (reason: unknown) => void
  const aborted = new Promise<never>((_, reject) => (rejectAborted = reject))
  aborted.catch(() => {})
  const onAbort = () => rejectAborted(signal.reason)
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    while (true) {
      const result = await Promise.race([iterator.next(), aborted])
      if (result.done) return
      yield result.value
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    void iterator.return?.()
  }
}
