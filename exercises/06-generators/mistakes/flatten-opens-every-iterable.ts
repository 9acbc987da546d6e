// Breaks 4.3: generalises "array" to "anything iterable but a string", so a Set or a generator
// inside is opened instead of yielded whole.
export * from '../solution/index.ts'
import type { Nested } from '../solution/index.ts'

function isIterable(x: unknown): x is Iterable<unknown> {
  return x != null && typeof (x as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
}

export function* flatten<T>(items: Nested<T>): Generator<T> {
  for (const item of items) {
    if (isIterable(item) && typeof item !== 'string') {
      yield* flatten(item as unknown as Nested<T>)
    } else {
      yield item as T
    }
  }
}
