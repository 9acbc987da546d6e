// Breaks 1.2: tests for an object with typeof x === 'object' && x !== null alone, so a function with a next() is refused
import { toArray as standardToArray } from '../solution/index.ts'
export * from '../solution/index.ts'

export function toArray<T>(iterator: Iterator<T>): T[] {
  if (typeof iterator !== 'object' || iterator === null)
    throw new TypeError(`toArray() needs an iterator object, not ${String(iterator)}`)
  return standardToArray(iterator)
}
