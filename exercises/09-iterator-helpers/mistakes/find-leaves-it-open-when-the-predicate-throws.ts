// Breaks 2.6: closes the iterator when it has its answer, but calls the predicate with no try/catch, so an error from it leaves the iterator open
import { DONE, closeWith, direct, stepValue, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function find<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): T | undefined {
  const source = direct(iterator, 'find', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return undefined
    if (predicate(value, counter)) return closeWith(source, value)
  }
}
