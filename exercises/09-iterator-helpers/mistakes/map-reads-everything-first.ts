// Breaks 4.2: reads every value into an array at the first next(), like a list comprehension, then maps them one by one
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
  return helper(
    source,
    (function* () {
      const values: T[] = []
      for (let value = stepValue<T>(source); value !== DONE; value = stepValue<T>(source))
        values.push(value)
      for (const [counter, value] of values.entries())
        yield* offer(source, callClosing(source, mapper, value, counter))
    })(),
  )
}
