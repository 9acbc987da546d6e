// Breaks 2.3: a feature test calls [Symbol.iterator]() to make sure the argument is iterable: that
// opens the source (and restarts a resettable one), and for...of then opens it a second time.
export * from '../solution/index.ts'
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  if (
    typeof iterable?.[Symbol.iterator] !== 'function' ||
    typeof iterable[Symbol.iterator]().next !== 'function'
  ) {
    throw new TypeError('take: expected an iterable')
  }
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`take: bad count ${n}`)
  const out: T[] = []
  if (n === 0) return out
  for (const value of iterable) {
    out.push(value)
    if (out.length === n) break
  }
  return out
}
