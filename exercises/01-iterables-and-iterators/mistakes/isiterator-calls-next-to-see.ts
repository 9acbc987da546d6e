// Breaks 4.3: duck-types by calling next() and checking the result has done: the check itself
// pulls a value, and the caller loses it.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false
  const next = (value as { next?: unknown }).next
  if (typeof next !== 'function') return false
  const result: unknown = next.call(value)
  return typeof result === 'object' && result !== null && 'done' in result
}
