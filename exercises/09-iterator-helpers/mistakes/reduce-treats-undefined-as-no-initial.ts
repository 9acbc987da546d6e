// Mistake: asking "was an initial value passed?" with `=== undefined`. reduce(it, fn, undefined)
// passes one, so the first value must not become the accumulator.
import { reduce as standardReduce } from '../solution/index.ts'
export * from '../solution/index.ts'

export function reduce<T, A>(
  iterator: Iterator<T>,
  reducer: (accumulator: A, value: T, counter: number) => A,
  initialValue?: A,
): A {
  if (initialValue === undefined) return standardReduce(iterator, reducer as never) as unknown as A
  return standardReduce(iterator, reducer, initialValue)
}
