// Breaks 7.1: checks that [Symbol.iterator]() gives an object by calling it, then calls it again to iterate: the iterable is opened twice
import { IteratorPrototype, flattenable, wrap } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  const open = (value as Partial<Iterable<T>> | undefined)?.[Symbol.iterator]
  if (typeof value === 'object' && typeof open === 'function') {
    const probe: unknown = open.call(value)
    if (typeof probe !== 'object' || probe === null)
      throw new TypeError('from(): [Symbol.iterator]() did not return an iterator object')
  }
  const source = flattenable(value, 'from', true)
  if (Object.prototype.isPrototypeOf.call(IteratorPrototype, source.iterator))
    return source.iterator as IterableIterator<T>
  return wrap(source) as IterableIterator<T>
}
