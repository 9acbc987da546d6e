// Breaks 5.10: return() calls the source's return() as if every iterator had one. It is optional:
// an array iterator has none, so closing a peekable over an array throws a TypeError.
import type { Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  let ahead: { result: IteratorResult<T, undefined> } | undefined
  let finished = false
  const done: IteratorResult<T, undefined> = { done: true, value: undefined }

  const peek = (): IteratorResult<T, undefined> => {
    if (finished) return done
    if (!ahead) {
      const result = source.next()
      if (result.done) finished = true
      ahead = { result: result.done ? done : result }
    }
    return ahead.result
  }

  const iterator: Peekable<T> = {
    peek,
    next() {
      const result = peek()
      ahead = undefined
      return result
    },
    return() {
      if (!finished) {
        finished = true
        ;(source.return as () => unknown).call(source)
      }
      return done
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
