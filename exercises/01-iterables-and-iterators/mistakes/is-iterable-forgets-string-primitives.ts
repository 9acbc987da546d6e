// Mistake: checking `typeof value === 'object'` first. Strings are primitives, yet they are iterable.
export * from '../solution/index.ts'

export function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function'
  )
}
