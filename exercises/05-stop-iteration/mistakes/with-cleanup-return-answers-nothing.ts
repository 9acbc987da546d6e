// Breaks 3.7: return() answers undefined, so a for...of that breaks throws a TypeError.
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
  const wrapper = {
    next(): IteratorResult<T> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        finish()
        throw error
      }
      if (result.done) finish()
      return result
    },
    return() {
      try {
        if (!closed) source.return?.()
      } finally {
        finish()
      }
    },
    [Symbol.iterator]() {
      return wrapper
    },
  }
  return wrapper as unknown as IterableIterator<T>
}
