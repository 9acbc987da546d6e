// Breaks 13.7: a hand-written iterator object with a return() for early stops; when the reducer
// throws inside next(), the source is left open.
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
export function accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  let source: Iterator<T> | undefined
  let started = initial.length === 1
  let owed = started
  let total = initial[0] as A
  let index = 0
  let finished = false
  const totals: IterableIterator<A> = {
    next(): IteratorResult<A> {
      if (finished) return { done: true, value: undefined }
      if (owed) {
        owed = false
        return { done: false, value: total }
      }
      source ??= iterable[Symbol.iterator]()
      const result = source.next()
      if (result.done) {
        finished = true
        return { done: true, value: undefined }
      }
      total = started ? reducer(total, result.value, index) : (result.value as unknown as A)
      started = true
      index += 1
      return { done: false, value: total }
    },
    return(): IteratorResult<A> {
      if (!finished) {
        finished = true
        source?.return?.()
      }
      return { done: true, value: undefined }
    },
    [Symbol.iterator]() {
      return totals
    },
  }
  return totals
}
