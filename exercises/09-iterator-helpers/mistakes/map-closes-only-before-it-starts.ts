// Breaks 4.5: its return() closes the source only before the first next(); after that it just ends the generator, "which is finished anyway"
import {
  DONE,
  callClosing,
  close,
  direct,
  stepValue,
  IteratorPrototype,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  let started = false
  const body = (function* () {
    for (let counter = 0; ; counter += 1) {
      const value = stepValue<T>(source)
      if (value === DONE) return
      yield callClosing(source, mapper, value, counter)
    }
  })()
  return Object.setPrototypeOf(
    {
      next() {
        started = true
        return body.next()
      },
      return() {
        if (!started) close(source)
        started = true
        return body.return()
      },
    },
    IteratorPrototype,
  )
}
