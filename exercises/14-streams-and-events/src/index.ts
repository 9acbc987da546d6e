/**
 * Exercise 14: streams and events as async iterables.
 *
 * A Readable, a readline interface, events.on and a web ReadableStream can all be read with
 * `for await`. Here you turn each into the one you need, and let the platform do the hard parts:
 * buffering, backpressure, cleaning up.
 * Run `pnpm test` in this folder; README.md lists the tasks in the order the tests check them.
 */
import type { EventEmitter } from 'node:events'
import type { Readable, Writable } from 'node:stream'

/**
 * Task 1. The lines of a text stream, without their line endings.
 *
 * `async function*` declares an async generator: `yield* iterable` inside it yields every value of
 * another (async) iterable. `import { createInterface } from 'node:readline'`.
 */
// eslint-disable-next-line require-yield -- the starter only throws; yours will yield
export async function* lines(input: Readable): AsyncGenerator<string, undefined> {
  // TODO: createInterface({ input, crlfDelay: Infinity }); yield its lines; destroy input at the end.
  throw new Error('not implemented yet: lines() (README, task 1)')
}

/** Task 2. A Readable in object mode over `source`, buffering at most `highWaterMark` values. */
export function toStream<T>(
  source: Iterable<T> | AsyncIterable<T>,
  highWaterMark: number,
): Readable {
  // TODO: Readable.from takes options: { objectMode: true, highWaterMark }.
  throw new Error('not implemented yet: toStream() (README, task 2)')
}

/**
 * Task 3. The first argument of every 'message' event, until `signal` aborts.
 *
 * `import { on } from 'node:events'`: `on(emitter, name, { signal })` is an async iterator of the
 * arguments of each event, as an array.
 */
// eslint-disable-next-line require-yield -- the starter only throws; yours will yield
export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  // TODO: for await over on(...), yield each message; an abort rejects with an AbortError.
  throw new Error('not implemented yet: messages() (README, task 3)')
}

/** Task 4. The first `n` chunks of a web ReadableStream (a global, like `fetch`). */
export async function take<T>(stream: ReadableStream<T>, n: number): Promise<T[]> {
  // TODO: for await (const chunk of stream), and break once you have n.
  throw new Error('not implemented yet: take() (README, task 4)')
}

/**
 * Task 5. `fn` of every chunk of `input`, written to `output`.
 *
 * `import { pipeline } from 'node:stream/promises'`: `pipeline(input, transform, output)` where
 * `transform` is an async generator function that takes the chunks and yields new ones.
 */
export async function transform(
  input: Readable,
  output: Writable,
  fn: (chunk: string) => string,
): Promise<void> {
  // TODO: await pipeline(input, async function* (chunks) { ... }, output).
  throw new Error('not implemented yet: transform() (README, task 5)')
}
