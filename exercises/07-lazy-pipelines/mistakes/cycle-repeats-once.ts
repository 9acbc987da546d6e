// Breaks 12.1: saves the values while yielding them, then yields the saved values once more and
// stops, where cycle repeats them forever.
export * from '../solution/index.ts'

export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  const saved: T[] = []
  for (const value of iterable) {
    saved.push(value)
    yield value
  }
  yield* saved
}
