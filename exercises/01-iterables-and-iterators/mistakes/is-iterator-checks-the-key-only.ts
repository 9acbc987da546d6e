// Mistake: `'next' in value` is true for { next: 1 }, which cannot be called.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  return typeof value === 'object' && value !== null && 'next' in value
}
