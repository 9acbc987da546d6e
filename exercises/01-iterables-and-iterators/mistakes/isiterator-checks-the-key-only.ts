// Breaks 4.2: `'next' in value` feels like Python's hasattr(), but a next that is a number passes.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') && value !== null && 'next' in value
  )
}
