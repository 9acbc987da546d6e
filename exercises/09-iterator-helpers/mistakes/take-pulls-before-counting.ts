// Breaks 5.1: pulls first and counts after, so the (n+1)-th next() pulls one more value just to throw it away
import { from } from '../solution/index.ts'
export * from '../solution/index.ts'

export function take<T>(iterator: Iterator<T>, limit: number): IterableIterator<T> {
  const count = Math.trunc(Number(limit))
  if (Number.isNaN(count) || count < 0) {
    iterator.return?.()
    throw new RangeError(`take(): bad count ${limit}`)
  }
  let remaining = count
  return from({
    next(): IteratorResult<T> {
      const result = iterator.next()
      if (remaining <= 0) {
        iterator.return?.()
        return { done: true, value: undefined }
      }
      remaining -= 1
      return result
    },
    return(): IteratorResult<T> {
      iterator.return?.()
      return { done: true, value: undefined }
    },
  })
}
