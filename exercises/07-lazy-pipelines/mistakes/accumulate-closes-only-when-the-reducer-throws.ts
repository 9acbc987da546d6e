// Breaks 13.6: walks the source with next() by hand and closes it only when the reducer throws: a
// consumer that stops early leaves it open.
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
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    try {
      total = started ? reducer(total, result.value, index) : (result.value as unknown as A)
    } catch (error) {
      iterator.return?.()
      throw error
    }
    started = true
    index += 1
    yield total
  }
}
