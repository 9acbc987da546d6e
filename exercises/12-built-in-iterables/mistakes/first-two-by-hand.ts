// Breaks 5.3: pulls the two values with next() by hand and stops, and nothing closes the source.
export * from '../solution/index.ts'

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  const iterator = values[Symbol.iterator]()
  const first = iterator.next()
  const second = iterator.next()
  return [first.done ? undefined : first.value, second.done ? undefined : second.value]
}
