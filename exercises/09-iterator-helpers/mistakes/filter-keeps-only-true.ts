// Breaks 4.7: keeps a value only when the predicate returns exactly true
export * from '../solution/index.ts'

export function* filter<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): IterableIterator<T> {
  const next = iterator.next
  let counter = 0
  let open = true
  try {
    while (true) {
      open = false
      const result = next.call(iterator)
      if (result.done) return
      open = true
      const value = result.value
      if (predicate(value, counter++) === true) yield value
    }
  } finally {
    if (open) iterator.return?.()
  }
}
