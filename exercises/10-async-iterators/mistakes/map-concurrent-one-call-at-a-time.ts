// Breaks 4.4: for await (…) yield await fn(value, index++): one call at a time, the limit never used
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
    let index = 0
    for await (const value of source) yield await fn(value, index++)
  })()
}
