// Breaks 4.3: opens the source with [Symbol.asyncIterator]() only, so an array (which has only [Symbol.iterator]) is rejected
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
    const iterator = (source as AsyncIterable<T>)[Symbol.asyncIterator]()
    const running: Promise<R>[] = []
    let index = 0
    let open = true
    try {
      for (;;) {
        while (open && running.length < concurrency) {
          let result: IteratorResult<T>
          try {
            result = await iterator.next()
          } catch (error) {
            open = false
            throw error
          }
          if (result.done) open = false
          else {
            const i = index++
            const call = (async () => fn(result.value, i))()
            call.catch(() => {})
            running.push(call)
          }
        }
        const oldest = running.shift()
        if (oldest === undefined) return
        yield await oldest
      }
    } finally {
      if (open) await iterator.return?.()
    }
  })()
}
