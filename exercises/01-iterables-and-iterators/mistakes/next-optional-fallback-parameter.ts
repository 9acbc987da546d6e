// Breaks 2.8: an optional parameter instead of the rest tuple, with arguments.length to tell
// next(it) from next(it, undefined): right at run time, but next(numbers) is typed unknown.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D>(iterator: Iterator<T>, fallback?: D): T | D {
  const result = iterator.next()
  if (!result.done) return result.value
  if (arguments.length > 1) return fallback as D
  throw new StopIteration()
}
