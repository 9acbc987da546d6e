// Breaks 3.6: a generator with try/finally. It looks right, and handles done, break and errors, but
// return() before the first next() finishes a generator that never started: its finally never runs,
// so onClose is never called.
export * from '../solution/index.ts'

export function* withCleanup<T>(
  iterable: Iterable<T>,
  onClose: () => void,
): Generator<T, void, undefined> {
  try {
    yield* iterable
  } finally {
    onClose()
  }
}
