// Breaks 13.8: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

export function accumulate<T>(
  iterable: Iterable<T>,
  reducer: (accumulator: T, value: T, index: number) => T,
): IterableIterator<T>
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  initial: A,
): IterableIterator<A>
export function* accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  let started = initial.length === 1
  let total = initial[0] as A
  if (started) yield total
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let index = 0
  try {
    while (!(result = iterator.next()).done) {
      total = started ? reducer(total, result.value, index) : (result.value as unknown as A)
      started = true
      index += 1
      yield total
    }
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
