// Breaks 3.1: waits for each message with once(), which listens only while it waits: a message
// sent while the consumer is busy is lost.
export * from '../solution/index.ts'
import { once, type EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  try {
    for (;;) {
      const [message] = await once(emitter, 'message', { signal })
      yield message
    }
  } catch (error) {
    if (!signal.aborted) throw error
  }
  return undefined
}
