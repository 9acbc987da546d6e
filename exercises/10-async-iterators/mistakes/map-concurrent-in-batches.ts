// Mistake: cutting the input into batches of `concurrency` and awaiting each batch with
// Promise.all. The limit holds, but one slow call holds back its whole batch.
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
    let batch: Promise<R>[] = []
    let index = 0
    for await (const value of source) {
      batch.push(Promise.resolve(fn(value, index++)))
      if (batch.length === concurrency) {
        yield* await Promise.all(batch)
        batch = []
      }
    }
    yield* await Promise.all(batch)
  })()
}
