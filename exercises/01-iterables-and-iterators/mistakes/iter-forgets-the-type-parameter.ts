// Breaks 1.7: rewrites iter as an arrow function over Iterable<unknown>, dropping <T>: every
// caller gets an Iterator<unknown> back, whatever it passed in.
import { isIterable } from '../solution/index.ts'
export * from '../solution/index.ts'

export const iter = (iterable: Iterable<unknown>) => {
  if (!isIterable(iterable)) throw new TypeError(`${String(iterable)} is not iterable`)
  return iterable[Symbol.iterator]()
}
