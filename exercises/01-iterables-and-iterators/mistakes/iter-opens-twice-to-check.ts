// Breaks 1.3: checks that [Symbol.iterator]() really gives an iterator by calling it, then calls
// it again to return one: the source is opened twice.
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  try {
    const probe = iterable[Symbol.iterator]()
    if (typeof probe.next !== 'function') throw new Error()
  } catch {
    throw new TypeError('not iterable')
  }
  return iterable[Symbol.iterator]()
}
