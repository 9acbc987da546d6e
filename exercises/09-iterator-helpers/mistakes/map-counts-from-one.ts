// Breaks 4.1: bumps the counter before it calls the mapper, so the first value gets counter 1
import {
  DONE,
  callClosing,
  direct,
  helper,
  offer,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  let counter = 0
  return helper(
    source,
    (function* () {
      for (;;) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        counter += 1
        yield* offer(source, callClosing(source, mapper, value, counter))
      }
    })(),
  )
}
