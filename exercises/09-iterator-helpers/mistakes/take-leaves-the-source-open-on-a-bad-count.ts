// Mistake: throwing the RangeError without closing the iterator. ES2025 as first published did
// that; since 2024 the standard closes the iterator it was handed when it refuses an argument.
import { take as standardTake } from '../solution/index.ts'
export * from '../solution/index.ts'

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if (Number.isNaN(Number(limit)) || limit < 0) throw new RangeError(`take(): bad count ${limit}`)
  return standardTake(iterator, limit)
}
