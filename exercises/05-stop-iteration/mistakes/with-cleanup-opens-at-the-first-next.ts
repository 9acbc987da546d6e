// Breaks 3.3: opens the source at the first next(), so a return() before it has no source to close.
export * from '../solution/index.ts'
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  let source: Iterator<T> | undefined
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
      source ??= iterable[Symbol.iterator]()
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        finish()
        throw error
      }
      if (result.done) finish()
      return closed ? { done: true, value: undefined } : result
    },
    return(): IteratorResult<T> {
      if (!closed) {
        try {
          source?.return?.()
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
