// Breaks 3.10: guards onClose with a flag but forwards every return() to the source, also after the
// source said done or was closed already.
export * from '../solution/index.ts'
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  const finish = () => {
    if (!closed) {
      closed = true
      onClose()
    }
  }
  return {
    next(): IteratorResult<T> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        finish()
        throw error
      }
      if (result.done) finish()
      return result
    },
    return(): IteratorResult<T> {
      try {
        source.return?.()
      } finally {
        finish()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
