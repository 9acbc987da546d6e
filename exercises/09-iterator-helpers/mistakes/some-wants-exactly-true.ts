// Breaks 2.1: answers true only when the predicate returns exactly true, so 1 or 'yes' count as no
import {
  DONE,
  callClosing,
  closeWith,
  direct,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function some<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  const source = direct(iterator, 'some', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return false
    if (callClosing(source, predicate, value, counter) === true) return closeWith(source, true)
  }
}
