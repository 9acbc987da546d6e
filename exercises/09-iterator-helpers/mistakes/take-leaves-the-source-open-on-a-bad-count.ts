// Breaks 8.3: throws the RangeError for a refused count without closing the iterator, as ES2025 first published did
import { take as standardTake } from '../solution/index.ts'
export * from '../solution/index.ts'

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  if (Number.isNaN(Number(limit)) || limit < 0) throw new RangeError(`take(): bad count ${limit}`)
  return standardTake(iterator, limit)
}
