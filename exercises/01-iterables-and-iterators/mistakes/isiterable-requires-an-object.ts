// Breaks 3.1: checks "non-null object" first, as for isIterator, and so says false for a string
// primitive.
export * from '../solution/index.ts'

export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<symbol, unknown>)[Symbol.iterator] === 'function'
  )
}
