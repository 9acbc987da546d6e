// Breaks 2.6: gets the iterator first ("set up, then validate"), so a bad count throws only after
// the source was opened.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  const iterator = iterable[Symbol.iterator]()
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`take: bad count ${n}`)
  const out: T[] = []
  while (out.length < n) {
    const result = iterator.next()
    if (result.done) return out
    out.push(result.value)
  }
  iterator.return?.()
  return out
}
