// Breaks 3.2: starts the counter at 0 whatever happens, so without an initial value the first call (for the second value) gets 0
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [] | [A]
): A {
  if (typeof reducer !== 'function')
    throw new TypeError(`reduce() needs a function, not ${String(reducer)}`)
  const next = iterator.next
  let accumulator: A
  if (initial.length > 0) {
    accumulator = initial[0] as A
  } else {
    const first = next.call(iterator)
    if (first.done) throw new TypeError('reduce() of an empty iterator with no initial value')
    accumulator = first.value as unknown as A
  }
  let calls = 0
  while (true) {
    const step = next.call(iterator)
    if (step.done) return accumulator
    try {
      accumulator = reducer(accumulator, step.value, calls++)
    } catch (error) {
      try {
        iterator.return?.()
      } catch {
        // the first error is the one to report
      }
      throw error
    }
  }
}
