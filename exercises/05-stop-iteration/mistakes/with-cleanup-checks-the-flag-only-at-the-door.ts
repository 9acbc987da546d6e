// Breaks 3.11: the "already closed" flag is checked where next() and return() start, but not in the
// cleanup itself. When the source ends the wrapper from inside its own next(), both ends get
// through the door before either one sets the flag, and onClose runs twice.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  const close = () => {
    closed = true
    onClose()
  }

  return {
    next(): IteratorResult<T, undefined> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        close()
        throw error
      }
      if (!result.done) return result
      close()
      return { done: true, value: undefined }
    },
    return(): IteratorResult<T, undefined> {
      if (!closed) {
        try {
          source.return?.()
        } finally {
          close()
        }
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
