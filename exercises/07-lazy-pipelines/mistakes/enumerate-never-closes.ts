// Breaks 9.4: walks the source with next() by hand and never closes it: a consumer that stops early
// leaves it open.
export * from '../solution/index.ts'

export function* enumerate<T>(iterable: Iterable<T>, start = 0): IterableIterator<[number, T]> {
  const iterator = iterable[Symbol.iterator]()
  let index = start
  for (let result = iterator.next(); !result.done; result = iterator.next()) {
    yield [index++, result.value]
  }
}
