// Breaks 2.3: strict equality, `done === true` means the end: a truthy done such as 1 or 'yes',
// which for...of takes for the end, is taken for a value.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (result.done !== true) return result.value as T
  if (fallback.length === 1) return fallback[0]
  throw new StopIteration()
}
