// Breaks 5.5: keeping the peeked value itself and using `undefined` to mean "nothing peeked". When
// the source yields undefined, the peeked value looks absent and the next one is pulled over it.
import type { Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  let peeked: T | undefined
  let finished = false
  const done = { done: true as const, value: undefined }
  const iterator: Peekable<T> = {
    peek() {
      if (finished) return done
      if (peeked === undefined) {
        const result = source.next()
        if (result.done) {
          finished = true
          return done
        }
        peeked = result.value
      }
      return { done: false, value: peeked }
    },
    next() {
      const result = iterator.peek()
      peeked = undefined
      return result
    },
    return() {
      if (!finished) source.return?.()
      finished = true
      return done
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
