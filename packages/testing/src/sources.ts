/**
 * Sources that watch how a student's code uses them. Every count lives in a closure,
 * so the code under test can read the spy but cannot rewrite what it saw.
 */
import { plural } from './matchers.ts'

/** How many values a guarded infinite source hands out before it calls the loop runaway. */
export const RUNAWAY_LIMIT = 10_000

/** Thrown by a guarded source when it is pulled past its limit. */
export class RunawayIterationError extends Error {
  override name = 'RunawayIterationError'
}

export interface SourceSpy<T> extends Iterable<T> {
  /** How the source is called in failure messages, e.g. "the source" or "b". */
  readonly label: string
  /** Calls of `[Symbol.iterator]()`. */
  readonly opens: number
  /** Calls of `next()`, including any made after the source was done. */
  readonly pulls: number
  /** Calls of `return()`. */
  readonly returns: number
  /** Calls of `throw()`. */
  readonly throws: number
  /** Whether the source has reported `done: true` (or was closed). */
  readonly finished: boolean
  /** Values pulled so far, in order. */
  readonly pulled: readonly T[]
  [Symbol.iterator](): IterableIterator<T>
}

export interface SpyOptions {
  /** Name used in failure messages. Default: "the source". */
  label?: string
  /** Whether the opened iterator has a `return()` method, as generators do and array iterators do not. Default: true. */
  closable?: boolean
  /** Whether the iterator may be opened more than once, like an array; a one-shot source returns itself, like a generator. Default: false (reopenable). */
  oneShot?: boolean
  /** Pulls allowed before the source throws a RunawayIterationError. Default: no limit for finite values, RUNAWAY_LIMIT for infinite ones. */
  limit?: number
  /**
   * Makes the source break: its `next()` throws `error` once `after` values have been handed out,
   * and is done from then on, as a generator that threw is.
   */
  fail?: { after: number; error: unknown }
}

type Producer<T> = (index: number) => T

/**
 * A source that yields `values` and records every open, pull, return and throw.
 * `spySource([1, 2, 3])` can be opened like an array; `{ oneShot: true }` makes it behave like a
 * generator whose iterator is itself.
 */
export function spySource<T>(values: Iterable<T>, options: SpyOptions = {}): SourceSpy<T> {
  const items = [...values]
  return makeSpy((index) => items[index] as T, items.length, options)
}

/**
 * A guarded infinite source: yields `produce(0)`, `produce(1)`, … and throws a RunawayIterationError
 * with a teaching message once code pulls more than `limit` values, instead of hanging the test run.
 */
export function infiniteSource<T = number>(
  produce: Producer<T> = (index) => index as T,
  options: SpyOptions = {},
): SourceSpy<T> {
  return makeSpy(produce, Infinity, { limit: RUNAWAY_LIMIT, ...options })
}

function makeSpy<T>(produce: Producer<T>, length: number, options: SpyOptions): SourceSpy<T> {
  const { label = 'the source', closable = true, oneShot = false, limit = Infinity, fail } = options
  let opens = 0
  let pulls = 0
  let returns = 0
  let throws = 0
  let finished = false
  const pulled: T[] = []
  let shared: IterableIterator<T> | undefined

  function open(): IterableIterator<T> {
    let position = 0
    let closed = false
    const iterator: IterableIterator<T> = {
      next() {
        pulls += 1
        if (pulls > limit) {
          const pulled = `${pulls.toLocaleString('en-US')} values were pulled from it`
          throw new RunawayIterationError(
            length === Infinity
              ? `${label} is infinite, and ${pulled}: ` +
                  'does your loop ever stop? Stop pulling once you have what you need.'
              : `${label} holds ${plural(length, 'value')}, yet ${pulled}: ` +
                  'does your loop keep pulling after it said done?',
          )
        }
        if (closed || position >= length) {
          finished = true
          return { done: true, value: undefined }
        }
        if (fail && position === fail.after) {
          closed = true
          throw fail.error
        }
        const value = produce(position)
        position += 1
        pulled.push(value)
        return { done: false, value }
      },
      // As every built-in iterator does: an opened iterator is its own iterable, with no side effect.
      [Symbol.iterator]() {
        return iterator
      },
    }
    if (closable) {
      Object.assign(iterator, {
        return(value?: unknown) {
          returns += 1
          closed = true
          finished = true
          return { done: true, value }
        },
        throw(error?: unknown): never {
          throws += 1
          closed = true
          finished = true
          throw error
        },
      })
    }
    return iterator
  }

  const spy = {
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
    get throws() {
      return throws
    },
    get finished() {
      return finished
    },
    get pulled() {
      return [...pulled]
    },
    [Symbol.iterator](): IterableIterator<T> {
      opens += 1
      if (!oneShot) return open()
      shared ??= open()
      return shared
    },
  }
  return Object.freeze(spy)
}

export interface RestartingIterator extends IterableIterator<number> {
  /** Calls of `[Symbol.iterator]()`: each one restarted the count. */
  readonly opens: number
  /** Calls of `next()`. */
  readonly pulls: number
}

/**
 * An iterator like the seed's MyNumbers: `next()` yields 1, 2, 3, … (guarded as infiniteSource is), and
 * `[Symbol.iterator]()` restarts the count at 1 and returns the iterator itself. Built-in iterators
 * return themselves with no side effect; this one shows whether code opens what it was handed.
 */
export function restartingIterator(): RestartingIterator {
  let opens = 0
  let pulls = 0
  let current = 1
  return Object.freeze({
    get opens() {
      return opens
    },
    get pulls() {
      return pulls
    },
    next(): IteratorResult<number> {
      pulls += 1
      if (pulls > RUNAWAY_LIMIT)
        throw new RunawayIterationError(
          `the iterator is infinite, and ${pulls.toLocaleString('en-US')} values were pulled from it: ` +
            'does your loop ever stop? Stop pulling once you have what you need.',
        )
      return { done: false, value: current++ }
    },
    [Symbol.iterator]() {
      opens += 1
      current = 1
      return this
    },
  })
}
