// Mistake: reading `.next` before checking for null or undefined, which throws a TypeError.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  return typeof (value as Iterator<unknown>).next === 'function' && typeof value === 'object'
}
