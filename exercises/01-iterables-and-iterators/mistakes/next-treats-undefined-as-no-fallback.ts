// Mistake: deciding "was a fallback passed?" by comparing with undefined, so next(it, undefined)
// throws StopIteration although the caller passed a fallback.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (!result.done) return result.value
  if (fallback[0] !== undefined) return fallback[0]
  throw new StopIteration()
}
