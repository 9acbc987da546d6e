// Breaks 3.10: no flag: every next() that finds the source done calls onClose again.
export * from '../solution/index.ts'

export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let stopped = false
  return {
    next(): IteratorResult<T, undefined> {
      if (stopped) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        onClose()
        throw error
      }
      if (!result.done) return result
      onClose()
      return { done: true, value: undefined }
    },
    return(): IteratorResult<T, undefined> {
      if (!stopped) {
        stopped = true
        source.return?.()
        onClose()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
