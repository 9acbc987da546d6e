// Breaks 4.12: drives the source by hand with next() and has no try/finally, so an early stop leaves it open
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
    const iterator: AsyncIterator<T> | Iterator<T> =
      Symbol.asyncIterator in source
        ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
        : (source as Iterable<T>)[Symbol.iterator]()
    const window: Promise<R>[] = []
    let index = 0
    while (true) {
      const step = await iterator.next()
      if (step.done) break
      const value = await step.value
      const i = index++
      const call = (async () => fn(value, i))()
      call.catch(() => {})
      window.push(call)
      if (window.length >= concurrency) yield await (window.shift() as Promise<R>)
    }
    while (window.length > 0) yield await (window.shift() as Promise<R>)
  })()
}
