/**
 * An async function whose calls stay pending until the test settles them, and which counts
 * how many calls are in flight at once: the way to measure a concurrency limit without timers.
 */
import { deferred, type Deferred } from './deferred.ts'

export interface TaskSpy<A, R> {
  (argument: A, index: number): Promise<R>
  /** The argument of every call, in call order. */
  readonly calls: readonly A[]
  /** Calls started and not yet settled. */
  readonly inFlight: number
  /** The most calls that were ever in flight at the same time. */
  readonly maxInFlight: number
  /** Fulfils call number `call` (0-based, in call order) with `value`. */
  resolve(call: number, value: R): void
  /** Rejects call number `call` with `reason`. */
  reject(call: number, reason: unknown): void
}

export function taskSpy<A, R>(): TaskSpy<A, R> {
  const calls: A[] = []
  const pending: Deferred<R>[] = []
  let inFlight = 0
  let maxInFlight = 0
  const settled = new Set<number>()

  const task = (argument: A, _index: number) => {
    const done = deferred<R>()
    calls.push(argument)
    pending.push(done)
    inFlight += 1
    maxInFlight = Math.max(maxInFlight, inFlight)
    return done.promise
  }
  const settle = (call: number, how: (gate: Deferred<R>) => void) => {
    const gate = pending[call]
    if (!gate) throw new RangeError(`call ${call} was never made (${calls.length} calls so far)`)
    if (settled.has(call)) throw new Error(`call ${call} was already settled`)
    settled.add(call)
    inFlight -= 1
    how(gate)
  }
  return Object.defineProperties(task, {
    calls: { get: () => [...calls] },
    inFlight: { get: () => inFlight },
    maxInFlight: { get: () => maxInFlight },
    resolve: { value: (call: number, value: R) => settle(call, (gate) => gate.resolve(value)) },
    reject: {
      value: (call: number, reason: unknown) => settle(call, (gate) => gate.reject(reason)),
    },
  }) as TaskSpy<A, R>
}
