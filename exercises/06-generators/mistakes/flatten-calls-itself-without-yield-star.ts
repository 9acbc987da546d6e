// Breaks 4.2: calls flatten(item) without yield*: that only makes a generator object nobody reads,
// so every nested array disappears.
export * from '../solution/index.ts'
import type { Nested } from '../solution/index.ts'

export function* flatten<T>(items: Nested<T>): Generator<T> {
  for (const item of items) {
    if (Array.isArray(item)) {
      flatten(item as Nested<T>)
    } else {
      yield item as T
    }
  }
}
