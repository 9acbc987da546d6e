// Breaks 3.2: checks the signal before each message and stops as soon as it has aborted, so the
// messages sent before the abort and not read yet are thrown away.
export * from '../solution/index.ts'
import { on, type EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  try {
    for await (const [message] of on(emitter, 'message', { signal })) {
      if (signal.aborted) break
      yield message
    }
  } catch (error) {
    if (!signal.aborted) throw error
  }
  return undefined
}
