// Breaks 12.4: reads the whole source into an array before the first value, and never ends on an
// infinite one.
export * from '../solution/index.ts'
export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  const saved = [...iterable]
  if (saved.length === 0) return
  while (true) yield* saved
}
