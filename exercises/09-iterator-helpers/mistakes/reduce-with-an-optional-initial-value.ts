// Breaks 3.6: one signature with an optional initial value, so without one nothing ties the result to the values' type
import { reduce as solved } from '../solution/index.ts'
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  ...initial: [initialValue?: A]
): A {
  return (solved as (...args: unknown[]) => A)(iterator, reducer, ...initial)
}
