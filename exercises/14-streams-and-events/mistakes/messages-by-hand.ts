// Breaks 3.3: a listener and a queue of its own, which work, but the listener is never removed,
// however the iteration ends.
export * from '../solution/index.ts'
import type { EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  const queue: unknown[] = []
  let wake = () => {}
  emitter.on('message', (message: unknown) => {
    queue.push(message)
    wake()
  })
  signal.addEventListener('abort', () => wake())
  while (!signal.aborted) {
    if (queue.length > 0) yield queue.shift()
    else await new Promise<void>((resolve) => (wake = resolve))
  }
  return undefined
}
