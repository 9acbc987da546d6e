// Breaks 2.2: `value ?? fallback` for "the value, or else the fallback": a real null or undefined
// value is swapped for the fallback.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (result.done && fallback.length === 0) throw new StopIteration()
  return (result.value ?? fallback[0]) as T | D
}
