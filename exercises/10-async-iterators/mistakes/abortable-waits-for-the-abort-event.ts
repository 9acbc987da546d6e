// Breaks 6.8: relies on the abort event, which an already aborted signal never fires, so it opens the source and passes its values through
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]()
  let rejectAborted!: (reason: unknown) => void
  const aborted = new Promise<never>((_, reject) => (rejectAborted = reject))
  aborted.catch(() => {})
  const onAbort = () => rejectAborted(signal.reason)
  signal.addEventListener('abort', onAbort, { once: true })
  let ended = false
  try {
    while (true) {
      const result = await Promise.race([iterator.next(), aborted])
      if (result.done) {
        ended = true
        return
      }
      yield result.value
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    if (!ended) void iterator.return?.()
  }
}
