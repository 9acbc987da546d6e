/**
 * Exercise 10, model solution: async iteration.
 */

/** One page of results from the fake API: its items, and the cursor of the next page if any. */
export interface Page<T> {
  items: T[]
  next?: string
}

/** Task 1. An async iterable, written by hand, over values that may be promises. */
export function asyncFrom<T>(values: Iterable<T | PromiseLike<T>>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = values[Symbol.iterator]()
      return {
        async next() {
          const result = iterator.next()
          if (result.done) return { done: true, value: undefined }
          try {
            return { done: false, value: await result.value }
          } catch (error) {
            // As for await over a sync iterable does (ES2025): a rejected value closes the values.
            iterator.return?.()
            throw error
          }
        },
        async return() {
          iterator.return?.()
          return { done: true, value: undefined }
        },
      }
    },
  }
}

/** Task 2. The first `n` values of an async iterable. */
export async function take<T>(source: AsyncIterable<T>, n: number): Promise<T[]> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number >= 0, not ${n}`)
  const values: T[] = []
  if (n === 0) return values
  for await (const value of source) {
    values.push(value)
    if (values.length === n) break
  }
  return values
}

/** Task 3. Every item of every page, fetching each page only when its items are needed. */
export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncIterableIterator<T> {
  let cursor: string | undefined
  do {
    const page = await fetchPage(cursor)
    yield* page.items
    cursor = page.next
  } while (cursor !== undefined)
}

/** Task 4. `fn` over every value, at most `concurrency` calls at once, results in input order. */
export function mapConcurrent<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  // Checked here, not in the generator below, whose body only runs at the first next().
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number > 0, not ${concurrency}`)
  }
  return mapInOrder(source, fn, concurrency)
}

async function* mapInOrder<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (value: T, index: number) => R | PromiseLike<R>,
  concurrency: number,
): AsyncIterableIterator<R> {
  const iterator = openEither(source)
  const running: Promise<R>[] = []
  let index = 0
  // Neither done nor failed: only then is the source closed when we stop.
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
        else running.push(start(fn, result.value, index++))
      }
      const oldest = running.shift()
      if (oldest === undefined) return
      yield await oldest
    }
  } finally {
    if (open) await iterator.return?.()
  }
}

function openEither<T>(source: AsyncIterable<T> | Iterable<T>): AsyncIterator<T> | Iterator<T> {
  return isAsyncIterable(source) ? source[Symbol.asyncIterator]() : source[Symbol.iterator]()
}

function isAsyncIterable<T>(source: AsyncIterable<T> | Iterable<T>): source is AsyncIterable<T> {
  return typeof (source as Partial<AsyncIterable<T>>)[Symbol.asyncIterator] === 'function'
}

function start<T, R>(fn: (value: T, index: number) => R | PromiseLike<R>, value: T, index: number) {
  // In a then(), so a fn that throws at once fails its own call instead of the loop.
  const task = Promise.resolve().then(() => fn(value, index))
  // A failure is reported when its turn comes; until then this keeps it from counting as unhandled.
  task.catch(() => {})
  return task
}

/**
 * Closes a source we stop reading early. One still busy with a `next()` answers `return()` only
 * after that pull (an async generator queues it), perhaps never: that one is not waited for.
 */
function closeEarly(iterator: AsyncIterator<unknown>, busy: boolean): Promise<unknown> {
  const closing = (async () => iterator.return?.())()
  if (!busy) return closing
  closing.catch(() => {})
  return Promise.resolve()
}

/** Task 5. Every value of every source, each as soon as it arrives. */
export async function* merge<T>(...sources: AsyncIterable<T>[]): AsyncIterableIterator<T> {
  type Answer =
    | { iterator: AsyncIterator<T>; result: IteratorResult<T> }
    | { iterator: AsyncIterator<T>; error: unknown }
  // One pull in flight per source; a failure is an answer too, so none is ever left unhandled.
  const pending = new Map<AsyncIterator<T>, Promise<Answer>>()
  const pull = (iterator: AsyncIterator<T>) =>
    pending.set(
      iterator,
      iterator.next().then(
        (result) => ({ iterator, result }),
        (error: unknown) => ({ iterator, error }),
      ),
    )
  // Neither done nor failed: the ones to close when we stop early.
  const open = new Set(sources.map((source) => source[Symbol.asyncIterator]()))
  open.forEach(pull)
  try {
    while (pending.size > 0) {
      const answer = await Promise.race(pending.values())
      pending.delete(answer.iterator)
      if ('error' in answer) {
        open.delete(answer.iterator)
        throw answer.error
      }
      if (answer.result.done) {
        open.delete(answer.iterator)
        continue
      }
      yield answer.result.value
      pull(answer.iterator)
    }
  } finally {
    await Promise.all([...open].map((iterator) => closeEarly(iterator, pending.has(iterator))))
  }
}

/** Task 6. The values of `source` until `signal` aborts; then the pending pull rejects. */
export async function* abortable<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal,
): AsyncIterableIterator<T> {
  signal.throwIfAborted()
  const iterator = source[Symbol.asyncIterator]()
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort)
  })
  let open = true
  let busy = false
  try {
    for (;;) {
      signal.throwIfAborted()
      busy = true
      const pull = iterator.next().then(
        (result) => {
          busy = false
          return result
        },
        (error: unknown) => {
          busy = open = false
          throw error
        },
      )
      const result = await Promise.race([pull, aborted])
      if (result.done) {
        open = false
        return
      }
      yield result.value
    }
  } finally {
    signal.removeEventListener('abort', onAbort)
    if (open) await closeEarly(iterator, busy)
  }
}
