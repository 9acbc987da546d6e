/**
 * Catches the promise rejections nobody handled, so a test can fail with its own message (a
 * stray rejection is otherwise only a run-level error, reported far from the rule it breaks).
 */
import { settle } from './deferred.ts'

/** What a browser (or a Web Worker) offers instead of Node's process events. */
interface RejectionEvents {
  addEventListener(type: 'unhandledrejection', listener: (event: RejectionEvent) => void): void
  removeEventListener(type: 'unhandledrejection', listener: (event: RejectionEvent) => void): void
}
interface RejectionEvent {
  reason: unknown
  preventDefault(): void
}

/**
 * Runs `scenario`, lets every queued callback run, and returns the reasons of the rejections that
 * no handler took in the meantime: in Node through `unhandledRejection`, in a browser through
 * `unhandledrejection`.
 */
export async function unhandledRejections(scenario: () => Promise<void>): Promise<unknown[]> {
  const reasons: unknown[] = []
  const inNode = (reason: unknown) => reasons.push(reason)
  const inBrowser = (event: RejectionEvent) => {
    event.preventDefault()
    reasons.push(event.reason)
  }
  const node = typeof process === 'object' && typeof process.on === 'function' ? process : undefined
  const browser = node ? undefined : (globalThis as unknown as Partial<RejectionEvents>)
  node?.on('unhandledRejection', inNode)
  browser?.addEventListener?.('unhandledrejection', inBrowser)
  try {
    await scenario()
    await settle()
  } finally {
    node?.off('unhandledRejection', inNode)
    browser?.removeEventListener?.('unhandledrejection', inBrowser)
  }
  return reasons
}
