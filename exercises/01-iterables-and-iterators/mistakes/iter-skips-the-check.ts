// Mistake: calling [Symbol.iterator]() without checking it exists. The engine's own error for
// null or {} says "Cannot read properties" or "is not a function", never "not iterable".
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  return iterable[Symbol.iterator]()
}
