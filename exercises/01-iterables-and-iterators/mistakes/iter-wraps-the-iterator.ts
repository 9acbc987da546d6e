// Breaks 1.2: wraps the real iterator in a plain { next } "to keep it clean": the wrapper is not
// iterable and has no return(), so a for...of over it fails and closing never reaches the source.
import { isIterable } from '../solution/index.ts'
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  if (!isIterable(iterable)) throw new TypeError('not iterable')
  const inner = iterable[Symbol.iterator]()
  return { next: () => inner.next() }
}
