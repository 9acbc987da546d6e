// Breaks 2.4: `if (fallback[0])` for "was a fallback passed?": falsy fallbacks (0, '', false,
// null, undefined) are treated as none, and StopIteration is thrown.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (!result.done) return result.value
  if (fallback[0]) return fallback[0]
  throw new StopIteration()
}
