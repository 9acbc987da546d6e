// Mistake: returning the iterable itself. An array is iterable but is not an iterator: it has no next().
export * from '../solution/index.ts'

export function iter<T>(iterable: Iterable<T>): Iterator<T> {
  return iterable as unknown as Iterator<T>
}
