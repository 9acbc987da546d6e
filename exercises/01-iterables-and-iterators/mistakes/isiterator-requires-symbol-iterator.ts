// Breaks 4.1: thinks a "real" iterator must also be iterable, like the built-in ones, so a bare
// { next() {} } is refused.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  const v = value as Record<PropertyKey, unknown>
  return typeof v.next === 'function' && typeof v[Symbol.iterator] === 'function'
}
