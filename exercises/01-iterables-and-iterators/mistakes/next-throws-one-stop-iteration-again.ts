// Breaks 2.5: makes one StopIteration up front and throws that same instance every time, so each
// throw carries the stack of the place it was made, not of the call that ran out.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

const noMoreValues = new StopIteration()

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (!result.done) return result.value
  if (fallback.length === 1) return fallback[0]
  throw noMoreValues
}
