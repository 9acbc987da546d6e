// Two sources that produce at different speeds, merged: each value
// comes out when it arrives.
const ticks = async (count: number) => {
  for (let turn = 0; turn < count; turn += 1) await null
}

async function* source(name: string, every: number, count: number) {
  for (let n = 1; n <= count; n += 1) {
    await ticks(every)
    yield `${name}${n}`
  }
}

async function* merge<T>(...sources: AsyncIterable<T>[]) {
  const waiting = new Map<
    AsyncIterator<T>,
    Promise<[AsyncIterator<T>, IteratorResult<T>]>
  >()
  const pull = (it: AsyncIterator<T>) =>
    waiting.set(
      it,
      it.next().then((result) => [it, result]),
    )
  for (const s of sources) pull(s[Symbol.asyncIterator]())
  while (waiting.size > 0) {
    const [it, result] = await Promise.race(waiting.values())
    waiting.delete(it)
    if (result.done) continue
    yield result.value
    pull(it)
  }
}

const arrived: string[] = []
for await (const value of merge(
  source('slow', 9, 2),
  source('fast', 2, 4),
))
  arrived.push(value)
console.log(JSON.stringify(arrived))
