// Breaks 5.3: pulls by hand and always calls return(), also on a source that already said done.
export * from '../solution/index.ts'

export function firstTwo<T>(values: Iterable<T>): [T | undefined, T | undefined] {
  const iterator = values[Symbol.iterator]()
  const first = iterator.next()
  const second = iterator.next()
  iterator.return?.()
  return [first.done ? undefined : first.value, second.done ? undefined : second.value]
}
