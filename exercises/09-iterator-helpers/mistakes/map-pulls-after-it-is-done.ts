// Breaks 9.6: a hand-written next() with no "finished" flag: after the source said done, each next() pulls it again
import {
  DONE,
  IteratorPrototype,
  callClosing,
  close,
  direct,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  let counter = 0
  let closed = false
  return Object.setPrototypeOf(
    {
      next() {
        if (closed) return { value: undefined, done: true }
        const value = stepValue<T>(source)
        if (value === DONE) return { value: undefined, done: true }
        try {
          return { value: callClosing(source, mapper, value, counter++), done: false }
        } catch (error) {
          closed = true
          throw error
        }
      },
      return() {
        if (!closed) {
          closed = true
          close(source)
        }
        return { value: undefined, done: true }
      },
    },
    IteratorPrototype,
  )
}
