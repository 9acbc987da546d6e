// Breaks 3.1: lists the iterable types it knows instead of checking the protocol: typed arrays,
// generators and your own iterables are missed.
export * from '../solution/index.ts'

export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'string' ||
    value instanceof String ||
    Array.isArray(value) ||
    value instanceof Map ||
    value instanceof Set
  )
}
