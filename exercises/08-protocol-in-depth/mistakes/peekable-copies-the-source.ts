// Breaks 5.4: `[...iterable]` when peekable() is called reads the whole source before anything is
// asked, and never ends on an infinite one.
export * from '../solution/index.ts'
import type { Peekable } from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const items = [...iterable]
  let i = 0
  return {
    peek() {
      return i < items.length
        ? { done: false, value: items[i] as T }
        : { done: true, value: undefined }
    },
    next() {
      return i < items.length
        ? { done: false, value: items[i++] as T }
        : { done: true, value: undefined }
    },
    return() {
      i = items.length
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
