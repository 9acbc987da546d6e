// Breaks 4.3: returns a plain object with next() and return(): not iterable, and not an Iterator.prototype iterator
import { DONE, callClosing, close, direct, stepValue, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  let counter = 0
  let finished = false
  const done = () => ({ value: undefined, done: true }) as IteratorResult<U>
  return {
    next() {
      if (finished) return done()
      const value = stepValue<T>(source)
      if (value === DONE) {
        finished = true
        return done()
      }
      try {
        return { value: callClosing(source, mapper, value, counter++), done: false }
      } catch (error) {
        finished = true
        throw error
      }
    },
    return() {
      if (!finished) {
        finished = true
        close(source)
      }
      return done()
    },
  } as IterableIterator<U>
}
