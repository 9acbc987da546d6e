// Breaks 1.5: calls iterator.return!() unconditionally; an array iterator has none, so a break over an array rejects
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = values[Symbol.iterator]()
      return {
        async next(): Promise<IteratorResult<T>> {
          const result = iterator.next()
          if (result.done) return { done: true, value: undefined }
          return { done: false, value: await result.value }
        },
        async return(): Promise<IteratorResult<T>> {
          ;(iterator as Required<Iterator<T>>).return()
          return { done: true, value: undefined }
        },
      }
    },
  }
}
