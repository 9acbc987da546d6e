// Breaks 5.3: opens the source at the first peek() or next(), so a return() before them has no
// source to close.
export * from '../solution/index.ts'
import type { Peekable } from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  let source: Iterator<T> | undefined
  let buffered: IteratorResult<T, undefined> | undefined
  let finished = false
  const pull = (): IteratorResult<T, undefined> => {
    if (finished) return { done: true, value: undefined }
    source ??= iterable[Symbol.iterator]()
    const result = source.next() as IteratorResult<T, undefined>
    if (result.done) finished = true
    return result
  }
  return {
    peek() {
      buffered ??= pull()
      return buffered
    },
    next() {
      if (buffered) {
        const result = buffered
        buffered = undefined
        return result
      }
      return pull()
    },
    return() {
      buffered = undefined
      if (!finished) {
        finished = true
        source?.return?.()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
