// Breaks 10.7: the RangeError's message shows the size but does not start with "chunk:".
import { chunk as chunks } from '../solution/index.ts'
export * from '../solution/index.ts'

export function chunk<T>(iterable: Iterable<T>, size: number): IterableIterator<T[]> {
  if (!Number.isInteger(size) || size <= 0) {
    throw new RangeError(`the size must be a whole number > 0, got ${size}`)
  }
  return chunks(iterable, size)
}
