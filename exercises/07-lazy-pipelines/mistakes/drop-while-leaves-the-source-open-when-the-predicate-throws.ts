// Breaks 6.6: a hand-written iterator object with a return() for early stops; when the predicate
// throws inside next(), the source is left open.
export * from '../solution/index.ts'

export function dropWhile<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  let source: Iterator<T> | undefined
  let dropping = true
  let index = 0
  let finished = false
  const rest: IterableIterator<T> = {
    next(): IteratorResult<T> {
      if (finished) return { done: true, value: undefined }
      source ??= iterable[Symbol.iterator]()
      for (;;) {
        const result = source.next()
        if (result.done) {
          finished = true
          return result
        }
        if (dropping) dropping = predicate(result.value, index++)
        if (!dropping) return result
      }
    },
    return(): IteratorResult<T> {
      if (!finished) {
        finished = true
        source?.return?.()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return rest
    },
  }
  return rest
}
