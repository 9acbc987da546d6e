// Breaks 4.2: skips with n bare next() calls and never checks done, so on a short source it keeps
// pulling a finished iterator.
export * from '../solution/index.ts'
export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`drop: the count must be a whole number >= 0, got ${n}`)
  }
  return (function* () {
    const source = iterable[Symbol.iterator]()
    for (let i = 0; i < n; i++) source.next()
    yield* { [Symbol.iterator]: () => source }
  })()
}
