// Breaks 4.3: recursing into anything iterable. A string is iterable, so 'ab' is split into
// letters, and a one-letter string yields itself forever, until the stack overflows.
import type { Nested } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* flatten<T>(items: Nested<T>): Generator<T> {
  for (const item of items) {
    if (typeof (item as Partial<Iterable<T>>)[Symbol.iterator] === 'function') {
      yield* flatten(item as Nested<T>)
    } else yield item as T
  }
}
