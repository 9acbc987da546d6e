/** node:timers/promises for the browser: the two waits a test or a student's code takes from it. */
import { AbortError } from 'readable-stream/lib/ours/errors.js'

function wait<T>(
  start: (done: () => void) => () => void,
  value: T,
  signal: AbortSignal | undefined,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }))
  return new Promise((resolve, reject) => {
    const abort = () => {
      cancel()
      reject(new AbortError(undefined, { cause: signal?.reason }))
    }
    const cancel = start(() => {
      signal?.removeEventListener('abort', abort)
      resolve(value)
    })
    signal?.addEventListener('abort', abort, { once: true })
  })
}

export const setTimeout = <T = void>(ms?: number, value?: T, options?: { signal?: AbortSignal }) =>
  wait(
    (done) => {
      const timer = globalThis.setTimeout(done, ms)
      return () => globalThis.clearTimeout(timer)
    },
    value as T,
    options?.signal,
  )

/** After the current turn, through the worker's setImmediate (which has no clear). */
export const setImmediate = <T = void>(value?: T, options?: { signal?: AbortSignal }) =>
  wait(
    (done) => {
      let cancelled = false
      globalThis.setImmediate(() => cancelled || done())
      return () => (cancelled = true)
    },
    value as T,
    options?.signal,
  )
