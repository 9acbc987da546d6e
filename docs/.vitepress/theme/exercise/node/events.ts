/**
 * node:events for the browser: npm's events (Node's EventEmitter), with Node's `on` and `once` as
 * Node 20 and 24 have them. npm's events has no `on`, and its `once` takes no signal; the panel's
 * tests and a student's code use both, and hold them to what Node does (lib/events.js): `on`
 * buffers what the loop has not taken, rejects with an 'error' event or the signal's AbortError
 * (after the events buffered before it), and removes every listener it added when it ends.
 */
// npm's events by its file: the bare name is Node's own module wherever there is one (in Node).
import EventEmitter from 'events/events.js'
import { AbortError } from 'readable-stream/lib/ours/errors.js'

type Listener = (...args: unknown[]) => void
interface Emitter {
  on?: (name: string, listener: Listener) => unknown
  once?: (name: string, listener: Listener) => unknown
  removeListener?: (name: string, listener: Listener) => unknown
  addEventListener?: (name: string, listener: Listener, options?: { once: boolean }) => void
  removeEventListener?: (name: string, listener: Listener) => void
}

// An emitter or an EventTarget, as Node's eventTargetAgnosticAddListener takes either.
function listen(emitter: Emitter, name: string, listener: Listener, once = false): () => void {
  if (typeof emitter.on === 'function') {
    if (once) emitter.once?.(name, listener)
    else emitter.on(name, listener)
    return () => emitter.removeListener?.(name, listener)
  }
  if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { once })
    return () => emitter.removeEventListener?.(name, listener)
  }
  throw new TypeError('The "emitter" argument must be an EventEmitter or an EventTarget')
}

const abortError = (signal: AbortSignal) => new AbortError(undefined, { cause: signal.reason })

function onAbort(signal: AbortSignal | undefined, abort: () => void): () => void {
  signal?.addEventListener('abort', abort, { once: true })
  return () => signal?.removeEventListener('abort', abort)
}

export function once(
  emitter: Emitter,
  name: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<unknown[]> {
  if (signal?.aborted) return Promise.reject(abortError(signal))
  return new Promise((resolve, reject) => {
    const removals: Array<() => void> = []
    const end = () => removals.splice(0).forEach((remove) => remove())
    removals.push(
      listen(
        emitter,
        name,
        (...args) => {
          end()
          resolve(args)
        },
        true,
      ),
    )
    if (name !== 'error' && typeof emitter.on === 'function')
      removals.push(
        listen(
          emitter,
          'error',
          (error) => {
            end()
            reject(error)
          },
          true,
        ),
      )
    if (signal)
      removals.push(
        onAbort(signal, () => {
          end()
          reject(abortError(signal))
        }),
      )
  })
}

/** readline's option (Node's kFirstEventParam): each value is the event's first argument. */
export const FIRST_ARGUMENT = Symbol('first argument')

export function on(
  emitter: Emitter,
  name: string,
  options: { signal?: AbortSignal; close?: string[]; [FIRST_ARGUMENT]?: boolean } = {},
): AsyncIterableIterator<unknown> {
  const { signal, close = [] } = options
  if (signal?.aborted) throw abortError(signal)
  const events: unknown[] = []
  const waiting: Array<{ resolve: (result: IteratorResult<unknown>) => void; reject: Listener }> =
    []
  let error: unknown = null
  let finished = false
  const removals: Array<() => void> = []
  // Node's results, { value, done } in that order.
  const done = (): IteratorResult<unknown> => ({ value: undefined, done: true })

  const closeHandler = () => {
    removals.splice(0).forEach((remove) => remove())
    finished = true
    for (const promise of waiting.splice(0)) promise.resolve(done())
    return Promise.resolve(done())
  }
  const errorHandler = (failure: unknown) => {
    const promise = waiting.shift()
    if (promise) promise.reject(failure)
    else error = failure
    closeHandler()
  }
  removals.push(
    listen(emitter, name, (...args) => {
      const value = options[FIRST_ARGUMENT] ? args[0] : args
      const promise = waiting.shift()
      if (promise) promise.resolve({ value, done: false })
      else events.push(value)
    }),
  )
  if (name !== 'error' && typeof emitter.on === 'function')
    removals.push(listen(emitter, 'error', errorHandler))
  for (const event of close) removals.push(listen(emitter, event, closeHandler))
  if (signal) removals.push(onAbort(signal, () => errorHandler(abortError(signal))))

  return {
    next() {
      if (events.length > 0) return Promise.resolve({ value: events.shift(), done: false })
      if (error) {
        const failure = error
        error = null
        return Promise.reject(failure)
      }
      if (finished) return closeHandler()
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }))
    },
    return: closeHandler,
    [Symbol.asyncIterator]() {
      return this
    },
  }
}

export { EventEmitter }
// Node's default export is the class, with on and once on it; the streams extend this same class,
// so it is given ours rather than subclassed (a stream would then be no instance of it).
export default Object.assign(EventEmitter, { on, once })
