// Breaks 1.5: gives the iterator no return(), so a for await loop that breaks leaves the values open
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
      }
    },
  }
}
