// Breaks 3.7: return(value) passes its argument on to the source's return(), which for...of
// never does: the source is told a value it was never meant to see.
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

    return(value?: unknown): IteratorResult<T, undefined> {
      if (!closed) {
        try {
          source.return?.(value)
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
