// Breaks 4.10: starts each call as Promise.resolve(fn(value, i)): a fn that throws at once throws in the loop, and the pull of an earlier, successful value rejects
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
    const window: Promise<R>[] = []
    let index = 0
    for await (const value of source) {
      const call = Promise.resolve(fn(value, index++))
      call.catch(() => {})
      window.push(call)
      if (window.length >= concurrency) yield await (window.shift() as Promise<R>)
    }
    while (window.length > 0) yield await (window.shift() as Promise<R>)
  })()
}
