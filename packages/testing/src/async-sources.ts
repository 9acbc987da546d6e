/**
 * Async sources that watch how a student's code uses them, for tests that never sleep.
 * `asyncSpySource` answers every pull at once; `pushSource` leaves each pull pending until the
 * test emits a value, so a test decides exactly when each value arrives.
 *
 * Both are real async generators under a counting wrapper, so they queue as async generators do:
 * a `return()` (or a second `next()`) made while a `next()` is pending waits behind it, and on a
 * source that never answers that pull it waits forever. Code that awaits such a `return()` hangs
 * here exactly as it would on a real stream.
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
  /** Calls of `return()`, answered or still queued behind a pending `next()`. */
  readonly returns: number
  /** Calls of `next()` and `return()` whose promise has not settled yet. */
  readonly waiting: number
  /** Whether the source has answered `done: true`, or rejected (it is then done, like a generator). */
  readonly finished: boolean
  /** Values handed out so far, in order. */
  readonly pulled: readonly T[]
  /** The one iterator, with `next()`, `return()` and `throw()` as an async generator has them. */
  [Symbol.asyncIterator](): AsyncGenerator<T, void>
}

export interface PushSource<T> extends AsyncSourceSpy<T> {
  /** Answers the waiting pull with `value`, or keeps it for the next pull. */
  emit(value: T): void
  /** Ends the source: the waiting pull and every later one get `done: true`. */
  end(): void
  /** Rejects the waiting pull (or the next one) with `error`; the source is then done. */
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
 * records every open, pull and return, and answers each pull as soon as it is its turn.
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
  let waiting: Deferred<IteratorResult<T>> | undefined
  let ended = false
  const spy = makeAsyncSpy<T>(options, () => {
    const answer = queued.shift()
    if (answer) return 'error' in answer ? Promise.reject(answer.error) : answer.result
    if (ended) return { done: true, value: undefined }
    waiting = deferred<IteratorResult<T>>()
    return waiting.promise
  })
  const answer = (next: Answer<T>) => {
    const pending = waiting
    waiting = undefined
    if (!pending) queued.push(next)
    else if ('error' in next) pending.reject(next.error)
    else pending.resolve(next.result)
  }
  const controls = {
    emit: (value: T) => answer({ result: { done: false, value } }),
    end: () => {
      ended = true
      waiting?.resolve({ done: true, value: undefined })
      waiting = undefined
    },
    fail: (error: unknown) => answer({ error }),
  }
  return Object.freeze(
    Object.defineProperties(controls, Object.getOwnPropertyDescriptors(spy)),
  ) as PushSource<T>
}

type Answer<T> = { result: IteratorResult<T> } | { error: unknown }

function makeAsyncSpy<T>(
  { label = 'the source', limit = RUNAWAY_LIMIT }: AsyncSpyOptions,
  produce: () => IteratorResult<T> | Promise<IteratorResult<T>>,
): AsyncSourceSpy<T> {
  let opens = 0
  let pulls = 0
  let returns = 0
  let waiting = 0
  let finished = false
  const pulled: T[] = []

  async function* generate(): AsyncGenerator<T, void> {
    // Counted inside the generator, which runs once per pull in the order they were made.
    for (let served = 1; ; served += 1) {
      if (served > limit) {
        throw new RunawayIterationError(
          `${label} was pulled ${served.toLocaleString('en-US')} times: does your loop ever stop? ` +
            'Stop pulling once you have what you need.',
        )
      }
      const result = await produce()
      if (result.done) return
      pulled.push(result.value)
      yield result.value
    }
  }
  const generator = generate()

  /** The generator's own answer, counted while it is pending; a rejection also ends the source. */
  const watch = (answer: Promise<IteratorResult<T, void>>) => {
    waiting += 1
    return answer.then(
      (result) => {
        waiting -= 1
        if (result.done) finished = true
        return result
      },
      (error: unknown) => {
        waiting -= 1
        finished = true
        throw error
      },
    )
  }

  const iterator: AsyncGenerator<T, void> = {
    next() {
      pulls += 1
      return watch(generator.next())
    },
    return(value?: void | PromiseLike<void>) {
      returns += 1
      return watch(generator.return(value))
    },
    throw(error?: unknown) {
      return watch(generator.throw(error))
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
    get waiting() {
      return waiting
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
