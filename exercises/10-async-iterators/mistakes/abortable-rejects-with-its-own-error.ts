// Breaks 6.3: always rejects with a new AbortError DOMException, not with signal.reason
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  const abortError = () => new DOMException('This operation was aborted', 'AbortError')
  if (signal.aborted) throw abortError()
  const iterator = source[Symbol.asyncIterator]()
  let rejectAborted!: (reason: unknown) => void
  const aborted = new Promise<never>((_, reject) => (rejectAborted = reject))
  aborted.catch(() => {})
  const onAbort = () => rejectAborted(abortError())
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
