// Breaks 1.6: checks the iterable, then returns whatever its [Symbol.iterator]() gave, even 42 or
// undefined: a caller that asked for an iterator gets something that is not one.
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  if (typeof iterable?.[Symbol.iterator] !== 'function') {
    throw new TypeError(`${String(iterable)} is not iterable`)
  }
  return iterable[Symbol.iterator]()
}
