// Breaks 2.1: leaves out the highWaterMark option, so the stream buffers Readable.from's default
// (one value in object mode) instead of the highWaterMark asked for.
export * from '../solution/index.ts'
import { Readable } from 'node:stream'

export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  _highWaterMark: number,
): Readable {
  return Readable.from(source, { objectMode: true })
}
