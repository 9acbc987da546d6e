// Breaks 1.4: a hand-written iterator object with a return() for early stops; when fn throws inside
// next(), the source is left open.
export * from '../solution/index.ts'
export function map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  let source: Iterator<T> | undefined
  let index = 0
  let done = false
  return {
    next(): IteratorResult<U> {
      if (done) return { done: true, value: undefined }
      source ??= iterable[Symbol.iterator]()
      const result = source.next()
      if (result.done) {
        done = true
        return { done: true, value: undefined }
      }
      return { done: false, value: fn(result.value, index++) }
    },
    return(): IteratorResult<U> {
      if (!done) {
        done = true
        source?.return?.()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
