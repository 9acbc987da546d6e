// Breaks 4.4: closes the source in a finally unless it said done: a source whose own next() threw
// has not said done, so it is closed too.
export * from '../solution/index.ts'

function checkCount(count: number, name: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`${name}: the count must be a whole number >= 0, got ${count}`)
  }
}

export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  checkCount(n, 'drop')
  return dropValues(iterable, n)
}

function* dropValues<T>(iterable: Iterable<T>, n: number): Generator<T> {
  const iterator = iterable[Symbol.iterator]()
  let result: IteratorResult<T> | undefined
  let index = 0
  try {
    while (!(result = iterator.next()).done) {
      if (index >= n) yield result.value
      index += 1
    }
  } finally {
    if (!result?.done) iterator.return?.()
  }
}
