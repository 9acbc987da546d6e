// Breaks 6.4: awaits the source's return() before rejecting; a source stuck in an await answers it only after its pending pull, so the aborted pull never settles
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
  signal.addEventListener('abort', onAbort)
  let ended = false
  try {
    while (true) {
      let result: IteratorResult<T>
      try {
        result = await Promise.race([iterator.next(), aborted])
      } catch (error) {
        ended = true
        await iterator.return?.()
        throw error
      }
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
