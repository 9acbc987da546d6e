// Breaks 3.10: sets the "closed" flag only after onClose has run, so an onClose that throws never
// counts as run, and the next return() calls it again.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  // Opened now, as the built-in iterator helpers hold their source from the call on: a return()
  // before the first next() then has a source to close.
  const source = iterable[Symbol.iterator]()
  let closed = false
  const close = () => {
    if (closed) return
    onClose()
    closed = true
  }

  return {
    next(): IteratorResult<T, undefined> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        // A source whose next() threw is finished: it is not closed, only our own cleanup runs.
        close()
        throw error
      }
      if (!result.done) return result
      close()
      return { done: true, value: undefined }
    },

    /** An early stop: for...of calls this on break. Close the source, then clean up, come what may. */
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
