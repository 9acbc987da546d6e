// Breaks 3.8: no try/catch around source.next(), so when the source throws, the error passes
// through but onClose never runs.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    onClose()
  }
  return {
    next(): IteratorResult<T, undefined> {
      if (closed) return { done: true, value: undefined }
      const result = source.next()
      if (!result.done) return result
      close()
      return { done: true, value: undefined }
    },
    return(): IteratorResult<T, undefined> {
      if (!closed) {
        source.return?.()
        close()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
