/** Exercise 14, a model solution: the platform's own async iterables, put together. */
import { on, type EventEmitter } from 'node:events'
import { createInterface } from 'node:readline'
import { Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  // crlfDelay: Infinity makes a \r and its \n one line ending even when they arrive apart.
  try {
    yield* createInterface({ input, crlfDelay: Infinity })
  } finally {
    // Closing the interface (which the early stop does) does not close what it reads.
    input.destroy()
  }
  return undefined
}

export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  highWaterMark: number,
): Readable {
  return Readable.from(source, { objectMode: true, highWaterMark })
}

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  try {
    // on() buffers every event the loop has not taken yet; leaving the loop removes its listener.
    for await (const [message] of on(emitter, 'message', { signal })) yield message
  } catch (error) {
    // An abort is how this iteration is meant to end; any other error is the caller's to see.
    if (!signal.aborted) throw error
  }
  return undefined
}

export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  // A count that is no whole number >= 0 (-1, 2.5, NaN, Infinity) would never equal chunks.length:
  // the loop would read the whole stream. Thrown in an async function, it rejects take's promise.
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take needs a whole number of chunks, 0 or more, not ${n}`)
  }
  const chunks: T[] = []
  if (n === 0) return chunks
  // Leaving the loop early cancels the stream (and releases its lock).
  for await (const chunk of stream) {
    chunks.push(chunk)
    if (chunks.length === n) break
  }
  return chunks
}

export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  // pipeline waits for output to finish, passes backpressure along, and destroys every stream
  // when one fails.
  await pipeline(
    input,
    async function* (chunks: AsyncIterable<string>) {
      for await (const chunk of chunks) yield fn(chunk)
    },
    output,
  )
}
