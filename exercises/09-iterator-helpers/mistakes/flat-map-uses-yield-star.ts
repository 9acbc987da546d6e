// Mistake: `yield*` on whatever the mapper returns. It splits a string into characters instead
// of refusing it, and fails on an iterator that is not iterable itself.
export * from '../solution/index.ts'

export function flatMap<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => Iterator<U> | Iterable<U>,
): IterableIterator<U> {
  if (typeof mapper !== 'function') {
    iterator.return?.()
    throw new TypeError('flatMap(): the mapper is not a function')
  }
  return (function* () {
    let counter = 0
    for (const value of { [Symbol.iterator]: () => iterator }) {
      yield* mapper(value, counter++) as Iterable<U>
    }
  })()
}
