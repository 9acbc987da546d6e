// Breaks 3.2: the wrapper has next() and return() but no [Symbol.iterator](), so a for...of loop
// cannot walk it ("is not iterable").
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

  // An iterator needs next() and return(); [Symbol.iterator]() seemed to be for iterables only.
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
  } as IterableIterator<T>
}
