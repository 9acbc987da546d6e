// Breaks 2.2: looks at value instead of done, "no value means the iterator ran out": a real
// undefined value is taken for the end.
import { StopIteration } from '../solution/index.ts'
export * from '../solution/index.ts'

export function next<T, D = never>(iterator: Iterator<T>, ...fallback: [] | [D]): T | D {
  const result = iterator.next()
  if (result.value !== undefined) return result.value
  if (fallback.length > 0) return fallback[0] as D
  throw new StopIteration()
}
