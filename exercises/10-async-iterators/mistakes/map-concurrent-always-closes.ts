// Breaks 4.13: "always clean up": calls the source's return() in the finally block however the loop ended, also after the source said done
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
    const iterator = isAsyncIterable(source)
      ? source[Symbol.asyncIterator]()
      : source[Symbol.iterator]()
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
      await iterator.return?.()
    }
  })()
}

function isAsyncIterable<T>(source: AsyncIterable<T> | Iterable<T>): source is AsyncIterable<T> {
  return typeof (source as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function'
}
