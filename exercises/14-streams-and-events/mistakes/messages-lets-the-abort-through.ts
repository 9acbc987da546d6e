// Breaks 3.2: loops over on() with the signal and lets its AbortError reach the consumer, as if
// the abort were a failure.
export * from '../solution/index.ts'
import { on, type EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  for await (const [message] of on(emitter, 'message', { signal })) yield message
  return undefined
}
