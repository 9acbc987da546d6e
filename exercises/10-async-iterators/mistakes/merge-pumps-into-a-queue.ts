// Breaks 5.7: copies every source into a queue with one task each, asyncio-style: after a break the tasks go on pulling and no source is closed
export * from '../solution/index.ts'

export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  const queue: T[] = []
  let running = sources.length
  let failure: { error: unknown } | undefined
  let wake: (() => void) | undefined
  const notify = () => {
    wake?.()
    wake = undefined
  }
  for (const source of sources) {
    void (async () => {
      try {
        for await (const value of source) {
          queue.push(value)
          notify()
        }
      } catch (error) {
        failure ??= { error }
      } finally {
        running--
        notify()
      }
    })()
  }
  while (true) {
    if (queue.length > 0) {
      yield queue.shift() as T
      continue
    }
    if (failure) throw failure.error
    if (running === 0) return
    await new Promise<void>((resolve) => (wake = resolve))
  }
}
