// Breaks 1.5: words the message "is not an iterable", which reads fine but does not contain
// "not iterable".
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  if (iterable == null || typeof iterable[Symbol.iterator] !== 'function') {
    throw new TypeError(`${typeof iterable} is not an iterable`)
  }
  return iterable[Symbol.iterator]()
}
