// Breaks 4.2: fn(value, ++index): the index is bumped before it is used, so it counts from 1
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
    const window: Promise<R>[] = []
    let index = 0
    for await (const value of source) {
      const i = ++index
      const call = (async () => fn(value, i))()
      call.catch(() => {})
      window.push(call)
      if (window.length >= concurrency) yield await (window.shift() as Promise<R>)
    }
    while (window.length > 0) yield await (window.shift() as Promise<R>)
  })()
}
