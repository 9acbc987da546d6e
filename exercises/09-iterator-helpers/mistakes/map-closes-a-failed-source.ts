// Breaks 9.3: one try/catch around the whole loop closes the iterator on any error, also when its own next() threw
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
