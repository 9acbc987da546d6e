// Breaks 4.5: collects every value, then Promise.all over fn of each: every call starts at once, whatever the limit says
export * from '../solution/index.ts'

export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number > 0, not ${concurrency}`)
  }
  return (async function* () {
    const values: T[] = []
    for await (const value of source) values.push(value)
    yield* await Promise.all(values.map(fn))
  })()
}
