// Breaks 3.4: asks "was an initial value passed?" with === undefined, so reduce(it, fn, undefined) takes the first value as the accumulator
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [] | [A]
): A {
  if (typeof reducer !== 'function')
    throw new TypeError(`reduce() needs a function, not ${String(reducer)}`)
  const next = iterator.next
  let [accumulator] = initial as [A | undefined]
  let counter = 0
  if (accumulator === undefined) {
    const first = next.call(iterator)
    if (first.done) throw new TypeError('reduce() of an empty iterator with no initial value')
    accumulator = first.value as unknown as A
    counter = 1
  }
  while (true) {
    const step = next.call(iterator)
    if (step.done) return accumulator as A
    try {
      accumulator = reducer(accumulator as A, step.value, counter++)
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
