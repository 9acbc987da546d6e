// Breaks 4.2: `yield* item` instead of `yield* flatten(item)`, which flattens one level only.
import type { Nested } from '../solution/index.ts'
export * from '../solution/index.ts'

export function* flatten<T>(items: Nested<T>): Generator<T> {
  for (const item of items) {
    if (Array.isArray(item)) yield* item as T[]
    else yield item as T
  }
}
