// Breaks 9.2: reads each result with const { done, value } = …, which reads value even of the result that says done
import { callClosing, direct, helper, offer, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function filter<T>(
  iterator: Iterator<T>,
  predicate: Callback<T, unknown>,
): IterableIterator<T> {
  const source = direct(iterator, 'filter', predicate)
  return helper(
    source,
    (function* () {
      for (let counter = 0; ; counter += 1) {
        const result = Reflect.apply(source.next as () => unknown, source.iterator, [])
        if (typeof result !== 'object' || result === null)
          throw new TypeError('filter(): next() returned a non-object')
        const { done, value } = result as IteratorResult<T>
        if (done) return
        if (callClosing(source, predicate, value, counter)) yield* offer(source, value)
      }
    })(),
  )
}
