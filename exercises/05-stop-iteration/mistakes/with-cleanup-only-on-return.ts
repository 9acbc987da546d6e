// Breaks 3.4: onClose runs only in return(), as if a loop always ended with break: when the source
// simply runs out, for...of does not call return(), so onClose never runs.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  return {
    next(): IteratorResult<T, undefined> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        closed = true
        onClose()
        throw error
      }
      return result.done ? { done: true, value: undefined } : result
    },
    return(): IteratorResult<T, undefined> {
      if (!closed) {
        closed = true
        source.return?.()
        onClose()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
