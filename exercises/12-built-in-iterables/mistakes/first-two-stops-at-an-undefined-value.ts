// Breaks 5.1: takes a first value of undefined to mean the source is done, and never reads the second.
export * from '../solution/index.ts'

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  const iterator = values[Symbol.iterator]()
  const first = iterator.next().value
  if (first === undefined) return [undefined, undefined]
  const second = iterator.next()
  if (!second.done) iterator.return?.()
  return [first, second.value]
}
