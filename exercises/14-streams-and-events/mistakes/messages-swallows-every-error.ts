// Breaks 3.2: catches every error to end quietly on the abort, so a real failure (an 'error'
// event) ends the loop as if nothing had happened.
export * from '../solution/index.ts'
import { on, type EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  try {
    for await (const [message] of on(emitter, 'message', { signal })) yield message
  } catch {
    // The abort ends the loop with an AbortError: ignore it.
  }
  return undefined
}
