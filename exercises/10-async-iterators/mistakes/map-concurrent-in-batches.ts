// Breaks 4.6: runs the values in batches of concurrency with Promise.all: the first result waits for its whole batch
export * from '../solution/index.ts'

export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  if (!Number.isInteger(concurrency) || concurrency <= 0) {
    throw new RangeError(
      `mapConcurrent() needs concurrency to be a whole number > 0, not ${concurrency}`,
    )
  }
  return (async function* () {
    let batch: T[] = []
    let index = 0
    const runBatch = (values: T[]) => {
      const start = index
      index += values.length
      return Promise.all(values.map((value, i) => fn(value, start + i)))
    }
    for await (const value of source) {
      batch.push(value)
      if (batch.length === concurrency) {
        const results = await runBatch(batch)
        batch = []
        yield* results
      }
    }
    if (batch.length > 0) yield* await runBatch(batch)
  })()
}
