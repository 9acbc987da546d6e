// Breaks 3.3: a hand-written queue that removes its 'message' listener at the end but forgets its
// 'error' listener, which stays on the emitter, keeps the generator alive and swallows every later
// error of the emitter.
export * from '../solution/index.ts'
import type { EventEmitter } from 'node:events'

export async function* messages(
  emitter: EventEmitter,
  signal: AbortSignal,
): AsyncGenerator<unknown, undefined> {
  const queue: unknown[] = []
  let wake: (() => void) | undefined
  let failure: { error: unknown } | undefined
  const onMessage = (message: unknown) => {
    queue.push(message)
    wake?.()
  }
  const onError = (error: unknown) => {
    failure = { error }
    wake?.()
  }
  const onAbort = () => wake?.()
  emitter.on('message', onMessage)
  emitter.on('error', onError)
  signal.addEventListener('abort', onAbort)
  try {
    while (true) {
      if (queue.length > 0) {
        yield queue.shift()
        continue
      }
      if (failure) throw failure.error
      if (signal.aborted) return undefined
      await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
    }
  } finally {
    emitter.off('message', onMessage)
    signal.removeEventListener('abort', onAbort)
  }
}
