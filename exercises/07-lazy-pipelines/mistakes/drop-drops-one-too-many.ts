// Breaks 4.1: an off-by-one, `index > n`, that drops n + 1 values.
export * from '../solution/index.ts'

export function drop<T>(iterable: Iterable<T>, n: number): IterableIterator<T> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`drop: bad count ${n}`)
  return (function* () {
    let index = 0
    for (const value of iterable) {
      if (index > n) yield value
      index += 1
    }
  })()
}
