// Breaks 4.2: reads `value?.next` of any value, primitives included, so a number counts as an
// iterator as soon as Number.prototype has a next method.
export * from '../solution/index.ts'

export function isIterator(value: unknown): value is Iterator<unknown> {
  return typeof (value as { next?: unknown } | null | undefined)?.next === 'function'
}
