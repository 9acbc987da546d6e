/** A promise the test settles by hand, for async tests that must never sleep. */
export interface Deferred<T> {
  readonly promise: Promise<T>
  resolve(value: T): void
  reject(reason: unknown): void
}

export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Lets every already-queued promise callback run: a few macrotask turns, no timers involved. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn += 1) await new Promise<void>((done) => setImmediate(done))
}

export type PromiseState<T> =
  | { status: 'pending' }
  | { status: 'fulfilled'; value: T }
  | { status: 'rejected'; reason: unknown }

/**
 * Where `promise` stands once every queued callback has run. A bounded way to await a student's
 * promise: a hang shows up as `pending` (with the test's own message) instead of a time-out.
 */
export async function promiseState<T>(promise: Promise<T>): Promise<PromiseState<T>> {
  let state: PromiseState<T> = { status: 'pending' }
  promise.then(
    (value) => (state = { status: 'fulfilled', value }),
    (reason: unknown) => (state = { status: 'rejected', reason }),
  )
  await settle()
  return state
}
