// Breaks 3.10: next() remembers that onClose ran, but return() does not look: a second return(), or
// a return() after the end, closes the source and calls onClose again.
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
      if (!result.done) return result
      closed = true
      onClose()
      return { done: true, value: undefined }
    },
    return(): IteratorResult<T, undefined> {
      closed = true
      source.return?.()
      onClose()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
