// Breaks 3.1: starts the counter at 1 whatever happens, as if the first value were always the accumulator
import { DONE, closingOnError, direct, stepValue } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [] | [A]
): A {
  const source = direct(iterator, 'reduce', reducer)
  let accumulator: A
  if (initial.length === 1) accumulator = initial[0]
  else {
    const first = stepValue<A>(source)
    if (first === DONE) throw new TypeError('reduce() of an empty iterator with no initial value')
    accumulator = first
  }
  for (let counter = 1; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return accumulator
    const folded = accumulator
    accumulator = closingOnError(source, () => reducer(folded, value, counter))
  }
}
