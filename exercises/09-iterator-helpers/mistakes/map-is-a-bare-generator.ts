// Mistake: returning a generator object as it is. Its return() before the first next() ends the
// generator without running its body, so the for...of inside never starts and never closes the source.
export * from '../solution/index.ts'

export function map<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => U,
): IterableIterator<U> {
  if (typeof mapper !== 'function') {
    iterator.return?.()
    throw new TypeError('map(): the mapper is not a function')
  }
  return (function* () {
    let counter = 0
    for (const value of { [Symbol.iterator]: () => iterator }) yield mapper(value, counter++)
  })()
}
