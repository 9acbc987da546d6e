// Breaks 7.3: takes whatever [Symbol.iterator]() returns as the iterator without checking that it is an object
import { IteratorPrototype, describe, isObject, readNext, wrap } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  if (!isObject(value) && typeof value !== 'string')
    throw new TypeError(`from() needs an iterable or iterator object, not ${describe(value)}`)
  const open = (value as Partial<Iterable<T>>)[Symbol.iterator]
  const iterator = (open == null ? value : open.call(value)) as object
  const source = readNext(iterator, 'from')
  if (Object.prototype.isPrototypeOf.call(IteratorPrototype, iterator))
    return iterator as IterableIterator<T>
  return wrap(source) as IterableIterator<T>
}
