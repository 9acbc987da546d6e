// Breaks 6.2: checks the signal between values only, so a pull that is waiting does not reject when the signal aborts
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  signal.throwIfAborted()
  for await (const value of source) {
    yield value
    signal.throwIfAborted()
  }
}
