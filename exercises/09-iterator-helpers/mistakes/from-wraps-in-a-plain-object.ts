// Breaks 7.6: the wrapper is a plain object literal that does not inherit from Iterator.prototype
export * from '../solution/index.ts'

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))

export function from<T>(value: Iterable<T> | Iterator<T>): IterableIterator<T> {
  if (
    typeof value !== 'string' &&
    (value === null || (typeof value !== 'object' && typeof value !== 'function'))
  ) {
    throw new TypeError(`from() needs an iterable or an iterator, not ${String(value)}`)
  }
  const method = (value as Iterable<T>)[Symbol.iterator]
  const iterator: Iterator<T> = method == null ? (value as Iterator<T>) : method.call(value)
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) {
    throw new TypeError(`from() got a non-object iterator: ${String(iterator)}`)
  }
  if (Object.prototype.isPrototypeOf.call(IteratorPrototype, iterator))
    return iterator as IterableIterator<T>
  const next = iterator.next
  return {
    next: () => next.call(iterator),
    return: () => {
      const ret = iterator.return
      if (ret == null) return { done: true, value: undefined }
      return ret.call(iterator)
    },
    [Symbol.iterator]() {
      return this
    },
  }
}
