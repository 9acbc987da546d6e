// Breaks 4.3: walks the source with next() by hand and never closes it: a consumer that stops early
// leaves it open.
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
  let index = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    if (index >= n) yield result.value
    index += 1
  }
}
