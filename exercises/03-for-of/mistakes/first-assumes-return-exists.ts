// Mistake: closing by hand, with a cast that tells TypeScript return() is always there. It is
// optional (array iterators have none), and a source that already said done must not be closed.
export * from '../solution/index.ts'

export function first<T>(values: Iterable<T>): T | undefined {
  const iterator = values[Symbol.iterator]() as Required<Iterator<T>>
  const result = iterator.next()
  iterator.return()
  return result.done ? undefined : result.value
}
