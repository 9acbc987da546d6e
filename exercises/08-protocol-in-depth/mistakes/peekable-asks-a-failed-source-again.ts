// Breaks 5.11: notes a failed source apart from a finished one, and only return() looks at that
// note: after the source's error, peek() and next() pull the source again.
import type { Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  const source = iterable[Symbol.iterator]()
  let ahead: { result: IteratorResult<T, undefined> } | undefined
  let finished = false
  let failed = false
  const done: IteratorResult<T, undefined> = { done: true, value: undefined }

  const peek = (): IteratorResult<T, undefined> => {
    if (finished) return done
    if (!ahead) {
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        failed = true
        throw error
      }
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
      if (!finished && !failed) {
        finished = true
        source.return?.()
      }
      return done
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
