// Breaks 4.4: letting Array.prototype.flat build the whole flat array, then yielding from it. The
// values are right, but every item is read before the first one is yielded.
import type { Nested } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* flatten<T>(items: Nested<T>): Generator<T> {
  yield* (items as readonly unknown[]).flat(Infinity) as T[]
}
