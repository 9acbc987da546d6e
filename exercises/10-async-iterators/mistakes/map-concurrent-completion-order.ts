// Mistake: a pool that yields each result when it finishes, so fast calls overtake slow ones and
// the output no longer matches the input order.
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
    const iterator =
      Symbol.asyncIterator in Object(source)
        ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
        : (source as Iterable<T>)[Symbol.iterator]()
    const running = new Map<number, Promise<[number, R]>>()
    let index = 0
    let exhausted = false
    try {
      for (;;) {
        while (!exhausted && running.size < concurrency) {
          const result = await iterator.next()
          if (result.done) exhausted = true
          else {
            const id = index++
            running.set(
              id,
              Promise.resolve(fn(result.value, id)).then((value) => [id, value]),
            )
          }
        }
        if (running.size === 0) return
        const [id, value] = await Promise.race(running.values())
        running.delete(id)
        yield value
      }
    } finally {
      if (!exhausted) await iterator.return?.()
    }
  })()
}
