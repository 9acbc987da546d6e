// Breaks 5.2: peek() pulls from the source each time, so two peeks in a row skip a value and next()
// never sees what peek() showed.
import type { Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  let ahead: IteratorResult<T, undefined> | undefined
  const iterator: Peekable<T> = {
    peek() {
      ahead = source.next()
      return ahead
    },
    next() {
      const result = ahead ?? source.next()
      ahead = undefined
      return result
    },
    return() {
      source.return?.()
      return { done: true, value: undefined }
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
