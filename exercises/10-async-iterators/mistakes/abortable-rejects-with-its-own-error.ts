// Mistake: rejecting with a new Error('aborted') instead of the signal's reason, so the caller
// cannot tell its own cancel (or an AbortError) from a real failure.
import { abortable as reasonedAbortable } from '../solution/index.ts'
export * from '../solution/index.ts'

export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  try {
    yield* reasonedAbortable(source, signal)
  } catch (error) {
    if (signal.aborted) throw new Error('aborted', { cause: error })
    throw error
  }
}
