// Breaks 3.5: return() runs onClose but forgets the source: stopping early leaves it open.
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
    return(): IteratorResult<T, undefined> {
      close()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
