// Breaks 5.3: races a fresh next() of every source each round and throws away the answers that lost
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  let open = sources.map((source) => source[Symbol.asyncIterator]())
  try {
    while (open.length > 0) {
      const [winner, result] = await Promise.race(
        open.map(async (iterator) => [iterator, await iterator.next()] as const),
      )
      if (result.done) {
        open = open.filter((iterator) => iterator !== winner)
        continue
      }
      yield result.value
    }
  } finally {
    for (const iterator of open) void iterator.return?.()
  }
}
