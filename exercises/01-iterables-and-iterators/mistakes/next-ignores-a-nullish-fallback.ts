// Breaks 2.4: `fallback[0] ?? stop()` for "the fallback, or else throw": a fallback of undefined
// or null throws StopIteration instead.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

function stop(): never {
  throw new StopIteration()
}

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (!result.done) return result.value
  return fallback[0] ?? stop()
}
