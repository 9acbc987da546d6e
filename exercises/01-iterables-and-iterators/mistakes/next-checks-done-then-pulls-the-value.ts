// Breaks 2.1: reads "it.next().value, after checking it.next().done" literally and calls next()
// twice, so every other value is lost.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  if (iterator.next().done) {
    if (fallback.length === 1) return fallback[0]
    throw new StopIteration()
  }
  return iterator.next().value
}
