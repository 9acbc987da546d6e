// Breaks 3.2: a hand-written queue that listens for 'message' only and removes its listener at
// the end, so an 'error' event finds nobody listening and never reaches the consumer, who waits on.
export * from '../solution/index.ts'
import type { EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  const queue: unknown[] = []
  let wake: (() => void) | undefined
  const onMessage = (message: unknown) => {
    queue.push(message)
    wake?.()
  }
  const onAbort = () => wake?.()
  emitter.on('message', onMessage)
  signal.addEventListener('abort', onAbort)
  try {
    while (true) {
      if (queue.length > 0) {
        yield queue.shift()
        continue
      }
      if (signal.aborted) return undefined
      await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
    }
  } finally {
    emitter.off('message', onMessage)
    signal.removeEventListener('abort', onAbort)
  }
}
