// Breaks 1.6: awaits each value without a try/catch, so a value that rejects ends the loop and leaves the values open
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = values[Symbol.iterator]()
      return {
        async next() {
          const result = iterator.next()
          if (result.done) return { done: true, value: undefined }
          return { done: false, value: await result.value }
        },
        async return() {
          iterator.return?.()
          return { done: true, value: undefined }
        },
      }
    },
  }
}
