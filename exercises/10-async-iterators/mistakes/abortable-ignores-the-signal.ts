// Mistake: accepting the signal and never listening to it.
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  _signal: AbortSignal,
): AsyncIterableIterator<T> {
  yield* source
}
