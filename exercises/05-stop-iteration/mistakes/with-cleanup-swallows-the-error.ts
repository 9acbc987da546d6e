// Breaks 3.8: catches the source's error, logs it and ends quietly: the error never reaches the
// caller.
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
      try {
        const result = source.next()
        if (result.done) finish()
        return result
      } catch (error) {
        console.error('withCleanup: source failed', error)
        finish()
        return { done: true, value: undefined }
      }
    },
    return(): IteratorResult<T> {
      try {
        if (!closed) source.return?.()
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
