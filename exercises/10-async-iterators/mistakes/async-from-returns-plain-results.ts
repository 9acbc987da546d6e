// Breaks 1.1: wraps only the values that are promises; a plain value comes back as a bare { done, value }, not a promise of one
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = values[Symbol.iterator]()
      return {
        next() {
          const result = iterator.next()
          if (result.done || !(result.value instanceof Promise)) return result as IteratorResult<T>
          return result.value.then((value: T) => ({ done: false, value }))
        },
        async return() {
          iterator.return?.()
          return { done: true, value: undefined }
        },
      } as AsyncIterator<T>
    },
  }
}
