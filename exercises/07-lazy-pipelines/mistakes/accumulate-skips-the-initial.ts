// Breaks 13.2: starting the total at the initial without yielding it first.
export * from '../solution/index.ts'

export function* accumulate<T, A>(
  iterable: Iterable<T>,
  reducer: (accumulator: A, value: T, index: number) => A,
  ...initial: [] | [A]
): IterableIterator<A> {
  let started = initial.length === 1
  let total = initial[0] as A
  let index = 0
  for (const value of iterable) {
    total = started ? reducer(total, value, index) : (value as unknown as A)
    started = true
    index += 1
    yield total
  }
}
