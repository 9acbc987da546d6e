// Breaks 1.1: stops at the first undefined value, as if undefined meant "nothing more", so a source that yields undefined is cut short
import { DONE, checkIterator, readNext, stepValue } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function toArray<T>(iterator: Iterator<T>): T[] {
  checkIterator(iterator, 'toArray')
  const source = readNext(iterator, 'toArray')
  const values: T[] = []
  for (;;) {
    const value = stepValue<T>(source)
    if (value === undefined || value === DONE) return values
    values.push(value)
  }
}
