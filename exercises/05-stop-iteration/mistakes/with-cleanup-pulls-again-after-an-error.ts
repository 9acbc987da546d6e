// Breaks 3.8: two flags, and the catch sets only the cleanup's: after the source's next() threw,
// onClose does not run again, but next() does not know the iteration is over and pulls again.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  let cleaned = false
  const close = () => {
    closed = true
    cleanUp()
  }
  const cleanUp = () => {
    if (cleaned) return
    cleaned = true
    onClose()
  }

  return {
    next(): IteratorResult<T, undefined> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        cleanUp()
        throw error
      }
      if (!result.done) return result
      close()
      return { done: true, value: undefined }
    },

    return(): IteratorResult<T, undefined> {
      if (!cleaned) {
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
