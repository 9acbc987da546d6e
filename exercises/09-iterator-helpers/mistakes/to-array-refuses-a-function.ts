// Mistake: testing for an object with `typeof x === 'object' && x !== null` alone. Functions are
// objects too: the standard takes a function that has a next() method as an iterator.
import { toArray as standardToArray } from '../solution/index.ts'
export * from '../solution/index.ts'

export function toArray<T>(iterator: Iterator<T>): T[] {
  if (typeof iterator !== 'object' || iterator === null)
    throw new TypeError(`toArray() needs an iterator object, not ${String(iterator)}`)
  return standardToArray(iterator)
}
