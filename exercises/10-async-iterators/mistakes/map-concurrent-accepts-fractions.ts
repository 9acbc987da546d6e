// Breaks 4.14: refuses only a concurrency below 1, so 1.5 runs two calls, NaN none and Infinity all of them
export * from '../solution/index.ts'

export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  if (concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number > 0, not ${concurrency}`)
  }
  return (async function* () {
    const window: Promise<R>[] = []
    let index = 0
    for await (const value of source) {
      const i = index++
      const call = (async () => fn(value, i))()
      call.catch(() => {})
      window.push(call)
      if (window.length >= concurrency) yield await (window.shift() as Promise<R>)
    }
    while (window.length > 0) yield await (window.shift() as Promise<R>)
  })()
}
