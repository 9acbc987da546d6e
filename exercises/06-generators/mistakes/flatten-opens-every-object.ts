// Breaks 4.3: tests "is it a container?" with typeof item === 'object', so null (a TypeError) and
// plain objects are opened as if they were arrays.
export * from '../solution/index.ts'
import type { Nested } from '../solution/index.ts'

export function* flatten<T>(items: Nested<T>): Generator<T> {
  for (const item of items) {
    if (typeof item === 'object') {
      yield* flatten(item as Nested<T>)
    } else {
      yield item
    }
  }
}
