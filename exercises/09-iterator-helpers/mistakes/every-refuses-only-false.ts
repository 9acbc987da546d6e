// Breaks 2.2: answers false only when the predicate returns exactly false, so 0 or '' count as yes
import {
  DONE,
  callClosing,
  closeWith,
  direct,
  stepValue,
  type Callback,
} from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function every<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  const source = direct(iterator, 'every', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return true
    if (callClosing(source, predicate, value, counter) === false) return closeWith(source, false)
  }
}
