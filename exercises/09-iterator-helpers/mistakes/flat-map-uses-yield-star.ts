// Breaks 6.7: yield* over what the mapper returns, which hands out the inner iterator's own result objects (and splits strings, and goes on when the inner return() answers not done)
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
