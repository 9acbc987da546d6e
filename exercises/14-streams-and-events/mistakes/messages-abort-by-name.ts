// Breaks 3.2: tells the planned end by the error's name, so an 'error' event whose error is an
// AbortError (the peer's, not this signal's) ends the messages quietly instead of rejecting.
export * from '../solution/index.ts'
import { on, type EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  try {
    for await (const [message] of on(emitter, 'message', { signal })) yield message
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error
  }
  return undefined
}
