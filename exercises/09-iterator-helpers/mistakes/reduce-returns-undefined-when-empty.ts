// Mistake: starting the fold from `undefined` when there is neither an initial value nor a first
// value. The standard throws a TypeError: there is nothing to return.
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [] | [A]
): A {
  if (typeof reducer !== 'function') {
    iterator.return?.()
    throw new TypeError('reduce(): the reducer is not a function')
  }
  let counter = 0
  let accumulator = initial[0] as A
  if (initial.length === 0) {
    accumulator = iterator.next().value as A
    counter = 1
  }
  for (const value of { [Symbol.iterator]: () => iterator }) {
    accumulator = reducer(accumulator, value, counter++)
  }
  return accumulator
}
