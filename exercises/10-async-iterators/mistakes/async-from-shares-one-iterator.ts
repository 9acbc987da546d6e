// Breaks 1.4: opens the values once, in asyncFrom() itself, so a second for await loop finds them used up
export * from '../solution/index.ts'

export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  const iterator = values[Symbol.iterator]()
  const asyncIterator: AsyncIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      const result = iterator.next()
      if (result.done) return { done: true, value: undefined }
      return { done: false, value: await result.value }
    },
    async return(): Promise<IteratorResult<T>> {
      iterator.return?.()
      return { done: true, value: undefined }
    },
  }
  return {
    [Symbol.asyncIterator]() {
      return asyncIterator
    },
  }
}
