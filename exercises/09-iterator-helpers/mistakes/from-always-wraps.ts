// Mistake: wrapping every iterator. A generator object, an array iterator or an earlier wrapper
// already inherits from Iterator.prototype: from() hands those back unchanged.
export * from '../solution/index.ts'

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  if (typeof value !== 'string' && (typeof value !== 'object' || value === null))
    throw new TypeError('from(): not an iterable or iterator object')
  const open = (value as Partial<Iterable<T>>)[Symbol.iterator]
  const iterator = (open ? open.call(value) : value) as Iterator<T>
  const wrapper: IterableIterator<T> = {
    next: () => iterator.next(),
    return: () => iterator.return?.() ?? { done: true, value: undefined },
    [Symbol.iterator]: () => wrapper,
  }
  return wrapper
}
