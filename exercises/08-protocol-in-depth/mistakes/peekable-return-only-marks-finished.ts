// Breaks 5.7: return() marks the peekable finished but never tells the source, which stays open.
import type { Peekable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  // Opened now, so a return() before anything was read still has a source to close.
  const source = iterable[Symbol.iterator]()
  // One result read ahead, kept in a box: `undefined` alone could not tell "none" from a real undefined.
  let ahead: { result: IteratorResult<T, undefined> } | undefined
  let finished = false
  const done: IteratorResult<T, undefined> = { done: true, value: undefined }

  const peek = (): IteratorResult<T, undefined> => {
    if (finished) return done
    if (!ahead) {
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        // A source whose next() threw is finished: it must not be asked again, nor closed.
        finished = true
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
      finished = true
      return done
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
