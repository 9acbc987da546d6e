// Mistake: treating `value === undefined` as the end. An iterator may yield undefined as a real value.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const { value } = iterator.next()
  if (value !== undefined) return value as T
  if (fallback.length === 1) return fallback[0]
  throw new StopIteration()
}
