// Breaks 3.3: starts the fold from undefined when there is neither an initial value nor a first value
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
  let counter = 0
  if (initial.length > 0) {
    accumulator = initial[0] as A
  } else {
    const first = next.call(iterator)
    accumulator = first.value as unknown as A
    if (first.done) return accumulator
    counter = 1
  }
  while (true) {
    const step = next.call(iterator)
    if (step.done) return accumulator
    try {
      accumulator = reducer(accumulator, step.value, counter++)
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
