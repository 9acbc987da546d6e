// Breaks 9.4: closes with if (iterator.return) iterator.return(), which reads return twice
import { DONE, callClosing, direct, stepValue, type Callback } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function some<T>(iterator: Iterator<T>, predicate: Callback<T, unknown>): boolean {
  const source = direct(iterator, 'some', predicate)
  for (let counter = 0; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return false
    if (callClosing(source, predicate, value, counter)) {
      if (iterator.return) {
        const answer: unknown = iterator.return()
        if (typeof answer !== 'object' || answer === null)
          throw new TypeError('some(): return() gave a non-object')
      }
      return true
    }
  }
}
