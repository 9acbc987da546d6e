// Breaks 4.2: forgets that typeof null is 'object' too, so reading .next on null throws.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { next?: unknown }).next === 'function'
  )
}
