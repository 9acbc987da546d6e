// Breaks 12.3: saves while yielding, but then loops `while (true) yield* saved`, which for an empty
// source never yields and never ends.
export * from '../solution/index.ts'
export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  const saved: T[] = []
  for (const value of iterable) {
    saved.push(value)
    yield value
  }
  while (true) yield* saved
}
