// Cancelling a loop from outside with an AbortController.
async function* tickForever() {
  for (let n = 1; ; n += 1) yield n
}

async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
) {
  for await (const value of source) {
    // the simplest check: before handing out each value
    signal.throwIfAborted()
    yield value
  }
}

const controller = new AbortController()
try {
  for await (const n of abortable(tickForever(), controller.signal)) {
    console.log('tick', n)
    if (n === 3) controller.abort() // someone pressed Cancel
  }
} catch (error) {
  console.log('stopped by', (error as Error).name)
}
