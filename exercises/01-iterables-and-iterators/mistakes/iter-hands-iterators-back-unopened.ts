// Breaks 1.4: "if it already has next(), it already is an iterator": an iterator is handed back
// without calling its [Symbol.iterator](), so one that restarts when opened is not restarted.
import { isIterable, isIterator } from '../solution/index.ts'
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  if (!isIterable(iterable)) throw new TypeError(`${String(iterable)} is not iterable`)
  if (isIterator(iterable)) return iterable as Iterator<T>
  return iterable[Symbol.iterator]()
}
