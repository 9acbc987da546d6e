// Breaks 5.4: checks for the end only when a source ends, so merge() races no promise at all and never ends
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
    while (true) {
      const { index, result } = await Promise.race(pending.values())
      pending.delete(index)
      if (result.done) {
        open.delete(index)
        if (open.size === 0) return
        continue
      }
      yield result.value
      pull(index)
    }
  } finally {
    for (const index of open) void (iterators[index] as AsyncIterator<T>).return?.()
  }
}
