// Breaks 2.2: a Readable with a hand-written read(), which pulls one value per call but never
// closes the source when the stream is destroyed.
export * from '../solution/index.ts'
import { Readable } from 'node:stream'

export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  highWaterMark: number,
): Readable {
  const iterator =
    Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()
  return new Readable({
    objectMode: true,
    highWaterMark,
    async read() {
      const result = await iterator.next()
      this.push(result.done ? null : result.value)
    },
  })
}
