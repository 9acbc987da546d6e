/**
 * Async sources that watch how a student's code uses them, for tests that never sleep.
 * `asyncSpySource` answers every pull at once; `pushSource` leaves each pull pending until the
 * test emits a value, so a test decides exactly when each value arrives.
 */
import { deferred, type Deferred } from './deferred.ts'
import { RUNAWAY_LIMIT, RunawayIterationError } from './sources.ts'

export interface AsyncSourceSpy<T> extends AsyncIterable<T> {
  /** How the source is called in failure messages, e.g. "the source" or "b". */
  readonly label: string
  /** Calls of `[Symbol.asyncIterator]()`. The source is one-shot, like an async generator. */
  readonly opens: number
  /** Calls of `next()`, including any made after the source was done. */
  readonly pulls: number
  /** Calls of `return()`. */
  readonly returns: number
  /** Whether the source has reported `done: true` (or was closed). */
  readonly finished: boolean
  /** Values handed out so far, in order. */
  readonly pulled: readonly T[]
}

export interface PushSource<T> extends AsyncSourceSpy<T> {
  /** Pulls still waiting for a value. */
  readonly waiting: number
  /** Answers the oldest waiting pull with `value`, or keeps it for the next pull. */
  emit(value: T): void
  /** Ends the source: every waiting and later pull gets `done: true`. */
  end(): void
  /** Rejects the oldest waiting pull (or the next one) with `error`. */
  fail(error: unknown): void
}

export interface AsyncSpyOptions {
  /** Name used in failure messages. Default: "the source". */
  label?: string
  /** Pulls allowed before the source rejects with a RunawayIterationError. Default: RUNAWAY_LIMIT. */
  limit?: number
}

/**
 * A one-shot async source over `values` (read lazily, so an infinite generator works) that
 * records every open, pull and return, and answers each pull with an already-settled promise.
 */
export function asyncSpySource<T>(
  values: Iterable<T>,
  options: AsyncSpyOptions = {},
): AsyncSourceSpy<T> {
  const iterator = values[Symbol.iterator]()
  return makeAsyncSpy<T>(options, () => iterator.next())
}

/** A one-shot async source whose pulls wait until the test calls `emit`, `end` or `fail`. */
export function pushSource<T>(options: AsyncSpyOptions = {}): PushSource<T> {
  const queued: Answer<T>[] = []
  const waiting: Deferred<IteratorResult<T>>[] = []
  let ended = false
  const endAll = () => {
    ended = true
    for (const pending of waiting.splice(0)) pending.resolve({ done: true, value: undefined })
  }
  const spy = makeAsyncSpy<T>(
    options,
    () => {
      const answer = queued.shift()
      if (answer) return 'error' in answer ? Promise.reject(answer.error) : answer.result
      if (ended) return { done: true, value: undefined }
      const pending = deferred<IteratorResult<T>>()
      waiting.push(pending)
      return pending.promise
    },
    endAll,
  )
  const answer = (next: Answer<T>) => {
    const pending = waiting.shift()
    if (!pending) queued.push(next)
    else if ('error' in next) pending.reject(next.error)
    else pending.resolve(next.result)
  }
  const controls = {
    emit: (value: T) => answer({ result: { done: false, value } }),
    end: endAll,
    fail: (error: unknown) => answer({ error }),
  }
  return Object.freeze(
    Object.defineProperties(controls, {
      ...Object.getOwnPropertyDescriptors(spy),
      waiting: { get: () => waiting.length, enumerable: true },
    }),
  ) as PushSource<T>
}

type Answer<T> = { result: IteratorResult<T> } | { error: unknown }

function makeAsyncSpy<T>(
  { label = 'the source', limit = RUNAWAY_LIMIT }: AsyncSpyOptions,
  produce: () => IteratorResult<T> | Promise<IteratorResult<T>>,
  onReturn = () => {},
): AsyncSourceSpy<T> {
  let opens = 0
  let pulls = 0
  let returns = 0
  let finished = false
  let closed = false
  const pulled: T[] = []

  const iterator: AsyncIterableIterator<T> = {
    async next() {
      pulls += 1
      if (pulls > limit) {
        throw new RunawayIterationError(
          `${label} was pulled ${pulls.toLocaleString('en-US')} times: does your loop ever stop? ` +
            'Stop pulling once you have what you need.',
        )
      }
      const result = closed ? undefined : await produce()
      // A value that arrives after return() is never handed out.
      if (closed || !result || result.done) {
        finished = true
        return { done: true, value: undefined }
      }
      pulled.push(result.value)
      return result
    },
    async return() {
      returns += 1
      closed = true
      finished = true
      onReturn()
      return { done: true, value: undefined }
    },
    [Symbol.asyncIterator]() {
      return iterator
    },
  }

  return Object.freeze({
    get label() {
      return label
    },
    get opens() {
      return opens
    },
    get pulls() {
      return pulls
    },
    get returns() {
      return returns
    },
    get finished() {
      return finished
    },
    get pulled() {
      return [...pulled]
    },
    [Symbol.asyncIterator]() {
      opens += 1
      return iterator
    },
  })
}
