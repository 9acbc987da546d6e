// Breaks 9.2: ends only when done === true, so a source that says done: 1 is read past its end
import { callClosing, direct, helper, offer, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function map<T, U>(iterator: Iterator<T>, mapper: Callback<T, U>): IterableIterator<U> {
  const source = direct(iterator, 'map', mapper)
  return helper(
    source,
    (function* () {
      for (let counter = 0; ; counter += 1) {
        const result = Reflect.apply(source.next as () => unknown, source.iterator, [])
        if (typeof result !== 'object' || result === null)
          throw new TypeError('map(): next() returned a non-object')
        if ((result as { done: unknown }).done === true) return
        const value = (result as { value: T }).value
        yield* offer(source, callClosing(source, mapper, value, counter))
      }
    })(),
  )
}
