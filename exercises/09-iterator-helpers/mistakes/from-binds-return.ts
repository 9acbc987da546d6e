// Breaks 7.8: binds return when the wrapper is made: with none there, the wrapper has no return(), and one added later is never called
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
  const wrapper: IterableIterator<T> = Object.create(IteratorPrototype)
  wrapper.next = iterator.next.bind(iterator)
  wrapper.return = iterator.return?.bind(iterator)
  return wrapper
}
