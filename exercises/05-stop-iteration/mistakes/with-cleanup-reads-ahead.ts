// Breaks 3.1: pulls one value ahead so that onClose can come with the last value: the first next()
// pulls two.
export * from '../solution/index.ts'
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  let ahead: IteratorResult<T> | undefined
  const finish = () => {
    if (!closed) {
      closed = true
      onClose()
    }
  }
  const pull = (): IteratorResult<T> => {
    try {
      return source.next()
    } catch (error) {
      finish()
      throw error
    }
  }
  return {
    next(): IteratorResult<T> {
      if (closed) return { done: true, value: undefined }
      const current = ahead ?? pull()
      if (current.done) {
        finish()
        return { done: true, value: undefined }
      }
      ahead = pull()
      if (ahead.done) finish()
      return current
    },
    return(): IteratorResult<T> {
      if (!closed) {
        try {
          source.return?.()
        } finally {
          finish()
        }
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
