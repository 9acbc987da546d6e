// Breaks 5.5: a hand-written iterator object that closes the source at the first failing value and
// on return(), but not when the predicate throws inside next().
export * from '../solution/index.ts'

export function takeWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let source: Iterator<T> | undefined
  let index = 0
  let finished = false
  const stop = () => {
    if (finished) return
    finished = true
    source?.return?.()
  }
  const taken: IterableIterator<T> = {
    next(): IteratorResult<T> {
      if (finished) return { done: true, value: undefined }
      source ??= iterable[Symbol.iterator]()
      const result = source.next()
      if (result.done) {
        finished = true
        return result
      }
      if (!predicate(result.value, index++)) {
        stop()
        return { done: true, value: undefined }
      }
      return result
    },
    return(): IteratorResult<T> {
      stop()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return taken
    },
  }
  return taken
}
