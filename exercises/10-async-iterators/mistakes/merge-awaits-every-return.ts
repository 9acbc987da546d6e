// Breaks 5.8: awaits the return() of every open source on the way out; a source whose next() is pending answers it only after that pull, so the break hangs
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]())
  const pending = new Map<number, Promise<{ index: number; result: IteratorResult<T> }>>()
  const open = new Set<number>(iterators.keys())
  const pull = (index: number) =>
    pending.set(
      index,
      (iterators[index] as AsyncIterator<T>).next().then((result) => ({ index, result })),
    )
  for (const index of open) pull(index)
  try {
    while (pending.size > 0) {
      const { index, result } = await Promise.race(pending.values())
      pending.delete(index)
      if (result.done) {
        open.delete(index)
        continue
      }
      yield result.value
      pull(index)
    }
  } finally {
    await Promise.all([...open].map((index) => (iterators[index] as AsyncIterator<T>).return?.()))
  }
}
