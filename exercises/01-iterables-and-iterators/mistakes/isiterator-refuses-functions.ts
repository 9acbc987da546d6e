// Breaks 4.1: "an object" read as `typeof value === 'object'`: a function with a next method is
// an object too, but typeof says "function".
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { next?: unknown }).next === 'function'
  )
}
