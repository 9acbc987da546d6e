// At most two downloads at once, results in input order. `ticks` stands
// in for how long each one
// takes: a number of turns of the event loop, so the output is the same
// on every run.
const ticks = async (count: number) => {
  for (let turn = 0; turn < count; turn += 1) await null
}

async function download(
  name: string,
  duration: number,
): Promise<string> {
  console.log(`start ${name}`)
  await ticks(duration)
  console.log(`done  ${name}`)
  return name.toUpperCase()
}

async function* mapConcurrent<T, R>(
  values: T[],
  fn: (value: T) => Promise<R>,
  limit: number,
) {
  const running: Promise<R>[] = []
  let next = 0
  while (next < values.length || running.length > 0) {
    while (next < values.length && running.length < limit) {
      running.push(fn(values[next] as T))
      next += 1
    }
    // the oldest first: input order
    yield await (running.shift() as Promise<R>)
  }
}

const files = { a: 6, b: 2, c: 2, d: 1 }
const names = Object.keys(files) as Array<keyof typeof files>
for await (const result of mapConcurrent(
  names,
  (name) => download(name, files[name]),
  2,
)) {
  console.log(`got ${result}`)
}
