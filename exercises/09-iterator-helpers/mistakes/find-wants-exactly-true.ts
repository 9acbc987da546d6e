// Breaks 2.3: returns a value only when the predicate returns exactly true, so 1 or 'yes' count as no
import {
  DONE,
  callClosing,
  closeWith,
  direct,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined {
  const source = direct(iterator, 'find', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return undefined
    if (callClosing(source, predicate, value, counter) === true) return closeWith(source, value)
  }
}
