// Breaks 8.2: writes map as a function* with the checks at the top of its body, which runs only at the first next()
export * from '../solution/index.ts'

export function* map<T, U>(
  iterator: Iterator<T>,
  mapper: (value: T, counter: number) => U,
): IterableIterator<U> {
  if (typeof iterator !== 'object' || iterator === null) {
    throw new TypeError(`map() needs an iterator, not ${String(iterator)}`)
  }
  if (typeof mapper !== 'function') {
    throw new TypeError(
      `map() needs a function, not ${typeof mapper === 'string' ? `"${mapper}"` : String(mapper)}`,
    )
  }
  const next = iterator.next
  let counter = 0
  let open = true
  try {
    while (true) {
      open = false
      const result = next.call(iterator)
      if (result.done) return
      open = true
      yield mapper(result.value, counter++)
    }
  } finally {
    if (open) iterator.return?.()
  }
}
