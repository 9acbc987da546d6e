// Breaks 2.5: writes Python's `raise StopIteration` as `throw StopIteration`, which throws the
// class itself, not an instance of it.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (!result.done) return result.value
  if (fallback.length === 1) return fallback[0]
  throw StopIteration
}
