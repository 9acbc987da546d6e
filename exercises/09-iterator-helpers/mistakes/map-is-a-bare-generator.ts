// Breaks 4.4: returns a generator object as it is: its return() before the first next() ends it without running the body, so nothing closes the source
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
