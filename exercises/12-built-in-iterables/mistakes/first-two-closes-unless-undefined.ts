// Breaks 5.3: takes a second value of undefined to mean the source is done, and leaves it open.
export * from '../solution/index.ts'

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  const iterator = values[Symbol.iterator]()
  const first = iterator.next()
  if (first.done) return [undefined, undefined]
  const second = iterator.next()
  if (second.value !== undefined) iterator.return?.()
  return [first.value, second.value]
}
