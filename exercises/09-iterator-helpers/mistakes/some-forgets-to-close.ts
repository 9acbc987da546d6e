// Breaks 2.5: a hand-written next() loop that returns true as soon as it can, never calling return() on the iterator it stopped reading
export * from '../solution/index.ts'

export function some<T>(
  iterator: Iterator<T>,
  predicate: (value: T, counter: number) => unknown,
): boolean {
  if (typeof predicate !== 'function') {
    iterator.return?.()
    throw new TypeError('some(): the predicate is not a function')
  }
  let counter = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    if (predicate(result.value, counter++)) return true
  }
  return false
}
