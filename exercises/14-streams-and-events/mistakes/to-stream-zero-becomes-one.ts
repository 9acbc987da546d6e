// Breaks 2.1: treats 0 as too small and raises it with `Math.max(1, highWaterMark)`, so a stream
// asked to read nothing ahead keeps a buffer of one.
export * from '../solution/index.ts'
import { Readable } from 'node:stream'

export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  highWaterMark: number,
): Readable {
  return Readable.from(source, { objectMode: true, highWaterMark: Math.max(1, highWaterMark) })
}
