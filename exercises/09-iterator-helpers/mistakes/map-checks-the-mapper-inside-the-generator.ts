// Breaks 8.2: checks the mapper inside the generator body, which starts only at the first next(), so map(it, 'oops') returns happily
export * from '../solution/index.ts'

export function map<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => U,
): IterableIterator<U> {
  return (function* () {
    if (typeof mapper !== 'function') throw new TypeError('map(): the mapper is not a function')
    let counter = 0
    for (const value of { [Symbol.iterator]: () => iterator }) yield mapper(value, counter++)
  })()
}
