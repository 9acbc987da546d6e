// Breaks 4.9: catches a failed call and goes on with the next value, "so one bad value does not stop the stream"
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
      const i = index++
      const call = (async () => fn(value, i))()
      call.catch(() => {})
      window.push(call)
      if (window.length < concurrency) continue
      try {
        yield await (window.shift() as Promise<R>)
      } catch {
        continue
      }
    }
    for (const call of window) {
      try {
        yield await call
      } catch {
        continue
      }
    }
  })()
}
