// Breaks 3.4: walks the source with next() by hand and closes it after the n-th value, but a
// consumer that stops before then leaves it open.
export * from '../solution/index.ts'

function checkCount(count: number, name: string): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`${name}: the count must be a whole number >= 0, got ${count}`)
  }
}

export function take<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  checkCount(n, 'take')
  return takeValues(iterable, n)
}

function* takeValues<T>(iterable: Iterable<T>, n: number): Generator<T> {
  if (n === 0) return
  const iterator = iterable[Symbol.iterator]()
  let taken = 0
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    yield result.value
    taken += 1
    if (taken === n) {
      iterator.return?.()
      return
    }
  }
}
