// Breaks 2.3: strict equality everywhere, `done === false` means a value: a result that leaves
// done out, as hand-written iterators may, is taken for the end.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (result.done === false) return result.value
  if (fallback.length === 1) return fallback[0]
  throw new StopIteration()
}
