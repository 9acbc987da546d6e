// Breaks 2.6: makes next() "also accept iterables" by calling [Symbol.iterator]() on whatever it
// gets: an iterator that restarts when opened gives its first value on every call.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const open = (iterator as Iterator<T> & Partial<Iterable<T>>)[Symbol.iterator]
  const it = typeof open === 'function' ? open.call(iterator) : iterator
  const result = it.next()
  if (!result.done) return result.value
  if (fallback.length === 1) return fallback[0]
  throw new StopIteration()
}
