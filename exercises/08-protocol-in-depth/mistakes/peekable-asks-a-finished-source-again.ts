// Breaks 5.6: not remembering that the source said done, so every later peek() or next() pulls it
// again. Some iterators are not safe to call after their end, and each call is wasted work.
import type { Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  let ahead: { result: IteratorResult<T, undefined> } | undefined
  const iterator: Peekable<T> = {
    peek() {
      ahead ??= { result: source.next() }
      return ahead.result
    },
    next() {
      const result = iterator.peek()
      ahead = undefined
      return result
    },
    return() {
      source.return?.()
      ahead = { result: { done: true, value: undefined } }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
