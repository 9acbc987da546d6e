// Breaks 5.8: return() forwards to the source every time: after the source said done, and again on
// a second return().
export * from '../solution/index.ts'
import type { Peekable } from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  let buffered: IteratorResult<T, undefined> | undefined
  let finished = false
  const pull = (): IteratorResult<T, undefined> => {
    if (finished) return { done: true, value: undefined }
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
      finished = true
      source.return?.()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
