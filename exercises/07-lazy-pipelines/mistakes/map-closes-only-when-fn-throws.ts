// Breaks 1.3: walks the source with next() by hand and closes it only when fn throws: a consumer
// that stops early leaves it open.
export * from '../solution/index.ts'

export function* map<T, U>(
  iterable: Iterable<T>,
  fn: (value: T, index: number) => U,
): IterableIterator<U> {
  const iterator = iterable[Symbol.iterator]()
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    let mapped: U
    try {
      mapped = fn(result.value, index++)
    } catch (error) {
      iterator.return?.()
      throw error
    }
    yield mapped
  }
}
