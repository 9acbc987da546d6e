// Mistake: carrying exercise 07's count rule over. The standard converts the count: 1.5 takes 1
// value and Infinity takes them all; only NaN and negative counts are RangeErrors.
import { take as standardTake } from '../solution/index.ts'
export * from '../solution/index.ts'

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if (!Number.isInteger(limit) || limit < 0) {
    iterator.return?.()
    throw new RangeError(`take(): ${limit} is not a whole number >= 0`)
  }
  return standardTake(iterator, limit)
}
