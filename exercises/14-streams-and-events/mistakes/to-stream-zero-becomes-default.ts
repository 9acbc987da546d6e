// Breaks 2.1: falls back to a default with `highWaterMark || 16`, so an explicit 0 (read nothing
// ahead) becomes 16 values of read-ahead.
export * from '../solution/index.ts'
import { Readable } from 'node:stream'

export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  highWaterMark: number,
): Readable {
  return Readable.from(source, { objectMode: true, highWaterMark: highWaterMark || 16 })
}
