// Breaks 3.9: treats a throwing source like an early stop: calls its return() "to be safe", then
// cleans up and rethrows.
export * from '../solution/index.ts'
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    try {
      source.return?.()
    } finally {
      onClose()
    }
  }
  return {
    next(): IteratorResult<T> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        close()
        throw error
      }
      if (result.done && !closed) {
        closed = true
        onClose()
      }
      return closed ? { done: true, value: undefined } : result
    },
    return(): IteratorResult<T> {
      close()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
