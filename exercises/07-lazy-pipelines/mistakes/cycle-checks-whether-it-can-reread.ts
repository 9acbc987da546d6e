// Breaks 12.2: a feature test `iterable[Symbol.iterator]() === iterable` opens the source once
// more, and a re-iterable source is read again on every pass.
export * from '../solution/index.ts'
export function* cycle<T>(iterable: Iterable<T>): IterableIterator<T> {
  const oneShot = iterable[Symbol.iterator]() === (iterable as unknown)
  if (!oneShot) {
    let any = false
    while (true) {
      for (const value of iterable) {
        any = true
        yield value
      }
      if (!any) return
    }
  }
  const saved: T[] = []
  for (const value of iterable) {
    saved.push(value)
    yield value
  }
  if (saved.length === 0) return
  while (true) yield* saved
}
