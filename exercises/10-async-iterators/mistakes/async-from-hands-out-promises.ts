// Breaks 1.2: async next() { return iterator.next() }: the result is a promise, but its value is still the value's own promise
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = values[Symbol.iterator]()
      return {
        async next() {
          return iterator.next() as IteratorResult<T>
        },
        async return() {
          iterator.return?.()
          return { done: true, value: undefined }
        },
      }
    },
  }
}
