// Breaks 4.8: "the first value is needed anyway": opens the source and asks for its first value when mapConcurrent is called
export * from '../solution/index.ts'

export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number > 0, not ${concurrency}`)
  }
  const iterator = isAsyncIterable(source)
    ? source[Symbol.asyncIterator]()
    : source[Symbol.iterator]()
  let ahead: Promise<IteratorResult<T>> | undefined = Promise.resolve(iterator.next())
  ahead.catch(() => {})
  return (async function* () {
    const running: Promise<R>[] = []
    let index = 0
    let open = true
    try {
      for (;;) {
        while (open && running.length < concurrency) {
          let result: IteratorResult<T>
          try {
            result = await (ahead ?? iterator.next())
            ahead = undefined
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

function isAsyncIterable<T>(source: AsyncIterable<T> | Iterable<T>): source is AsyncIterable<T> {
  return typeof (source as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function'
}
