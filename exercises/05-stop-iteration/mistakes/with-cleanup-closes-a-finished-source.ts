// Breaks 3.4: when the source says done, next() cleans up by calling the wrapper's own return(),
// which also calls return() on the source that has just finished by itself.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  // Opened now, as the built-in iterator helpers hold their source from the call on: a return()
  // before the first next() then has a source to close.
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
        // A source whose next() threw is finished: it is not closed, only our own cleanup runs.
        close()
        throw error
      }
      if (!result.done) return result
      // The end: clean up the same way an early stop does.
      return (this.return as () => IteratorResult<T, undefined>)()
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
