// Breaks 1.3: awaits Promise.all(values) at the first next(), pulling every value before handing out the first
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      let resolved: T[] | undefined
      let index = 0
      return {
        async next(): Promise<IteratorResult<T>> {
          resolved ??= await Promise.all(values)
          if (index < resolved.length) return { done: false, value: resolved[index++] as T }
          return { done: true, value: undefined }
        },
        async return(): Promise<IteratorResult<T>> {
          index = Infinity
          return { done: true, value: undefined }
        },
      }
    },
  }
}
