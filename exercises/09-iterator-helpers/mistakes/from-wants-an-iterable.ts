// Breaks 7.4: refuses an object that has no [Symbol.iterator], though an iterator without one is what from() exists to wrap
import { IteratorPrototype, describe, flattenable, wrap } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  if (typeof value !== 'string' && (value as Partial<Iterable<T>>)?.[Symbol.iterator] == null)
    throw new TypeError(`from() needs an iterable, not ${describe(value)}`)
  const source = flattenable(value, 'from', true)
  if (Object.prototype.isPrototypeOf.call(IteratorPrototype, source.iterator))
    return source.iterator as IterableIterator<T>
  return wrap(source) as IterableIterator<T>
}
