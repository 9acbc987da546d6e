// Breaks 1.1: guards "is it an object?" first, as in Java or Python, and so refuses a string primitive.
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  if (typeof iterable !== 'object' || iterable === null) {
    throw new TypeError(`${String(iterable)} is not iterable`)
  }
  if (typeof iterable[Symbol.iterator] !== 'function') {
    throw new TypeError('object is not iterable')
  }
  return iterable[Symbol.iterator]()
}
