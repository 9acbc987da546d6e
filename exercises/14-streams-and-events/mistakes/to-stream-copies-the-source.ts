// Breaks 2.1: collects the source into an array first, so the whole source is read before anyone
// reads the stream.
export * from '../solution/index.ts'
import { Readable } from 'node:stream'

export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  highWaterMark: number,
): Readable {
  const values = Symbol.iterator in source ? [...source] : source
  return Readable.from(values, { objectMode: true, highWaterMark })
}
