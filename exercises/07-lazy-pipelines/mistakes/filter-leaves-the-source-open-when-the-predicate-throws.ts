// Breaks 2.5: a manual next() loop: an early stop closes the source, but a throwing predicate
// leaves it open.
export * from '../solution/index.ts'
export function filter<T, S extends T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => value is S,
): IterableIterator<S>
export function filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T>
export function* filter<T>(
  iterable: Iterable<T>,
  predicate: (value: T, index: number) => boolean,
): IterableIterator<T> {
  const source = iterable[Symbol.iterator]()
  let index = 0
  while (true) {
    const result = source.next()
    if (result.done) return
    if (!predicate(result.value, index++)) continue
    let resumed = false
    try {
      yield result.value
      resumed = true
    } finally {
      if (!resumed) source.return?.() // the consumer stopped at this yield
    }
  }
}
