// Mistake: one try/catch around the whole loop that closes the source on any error. When the
// source's own next() throws, it is already broken: the standard passes the error on and leaves it.
export * from '../solution/index.ts'

export function map<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => U,
): IterableIterator<U> {
  if (typeof mapper !== 'function') {
    iterator.return?.()
    throw new TypeError('map(): the mapper is not a function')
  }
  let counter = 0
  const mapped: IterableIterator<U> = {
    next(): IteratorResult<U> {
      try {
        const result = iterator.next()
        if (result.done) return { done: true, value: undefined }
        return { done: false, value: mapper(result.value, counter++) }
      } catch (error) {
        iterator.return?.()
        throw error
      }
    },
    return(): IteratorResult<U> {
      iterator.return?.()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]: () => mapped,
  }
  return mapped
}
