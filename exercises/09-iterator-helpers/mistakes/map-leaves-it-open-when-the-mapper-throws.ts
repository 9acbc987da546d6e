// Breaks 4.6: calls the mapper with no try/catch, so an error from it ends map() and leaves the iterator open
import { DONE, direct, helper, offer, stepValue, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  return helper(
    source,
    (function* () {
      for (let counter = 0; ; counter += 1) {
        const value = stepValue<T>(source)
        if (value === DONE) return
        yield* offer(source, mapper(value, counter))
      }
    })(),
  )
}
