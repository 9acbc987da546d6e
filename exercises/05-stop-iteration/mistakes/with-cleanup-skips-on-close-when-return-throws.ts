// Breaks 3.12: closes the source, then calls onClose on the next line without a try/finally: a
// source whose return() throws skips onClose.
export * from '../solution/index.ts'
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  return {
    next(): IteratorResult<T> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        if (!closed) {
          closed = true
          onClose()
        }
        throw error
      }
      if (result.done && !closed) {
        closed = true
        onClose()
      }
      return closed ? { done: true, value: undefined } : result
    },
    return(): IteratorResult<T> {
      if (!closed) {
        source.return?.()
        closed = true
        onClose()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
