// Breaks 3.5: calls the reducer with no try/catch, so an error from it leaves the iterator open
import { DONE, direct, stepValue } from '../solution/protocol.ts'
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [] | [A]
): A {
  const source = direct(iterator, 'reduce', reducer)
  let accumulator: A
  let counter = 0
  if (initial.length === 1) accumulator = initial[0]
  else {
    const first = stepValue<A>(source)
    if (first === DONE) throw new TypeError('reduce() of an empty iterator with no initial value')
    accumulator = first
    counter = 1
  }
  for (; ; counter += 1) {
    const value = stepValue<T>(source)
    if (value === DONE) return accumulator
    accumulator = reducer(accumulator, value, counter)
  }
}
