// Breaks 4.1: races the running calls and yields each result when it finishes, so fast calls overtake slow ones
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
    const running = new Map<number, Promise<[number, R]>>()
    let index = 0
    for await (const value of source) {
      const i = index++
      running.set(i, (async (): Promise<[number, R]> => [i, await fn(value, i)])())
      if (running.size >= concurrency) {
        const [done, result] = await Promise.race(running.values())
        running.delete(done)
        yield result
      }
    }
    while (running.size > 0) {
      const [done, result] = await Promise.race(running.values())
      running.delete(done)
      yield result
    }
  })()
}
