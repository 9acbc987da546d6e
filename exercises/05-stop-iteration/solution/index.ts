/** Exercise 05, a model answer. */

/** The seed's class with a stop: 1, 2, …, limit, then done for good. */
export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  /** Python's `__next__`, but the end is a result, `done: true`, not a raised StopIteration. */
  next(): IteratorResult<number, undefined> {
    // Past the limit, #a stays where it is: every later call answers done again.
    if (this.#a > this.#limit) return { done: true, value: undefined }
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  /** Python's `__iter__`: start again at 1, and hand back this same object. */
  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}

/** The first `n` values of `iterable` (fewer if it ends first), pulling no more than that. */
export function take<T>(iterable: Iterable<T>, n: number): T[] {
  // Check the count before touching the source: a bad count opens nothing.
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`take() needs a whole number >= 0, not ${n}`)
  }
  const taken: T[] = []
  // Nothing to take: do not even open the source.
  if (n === 0) return taken
  for (const value of iterable) {
    taken.push(value)
    // Stop right after the n-th value; checking before the push would pull one value too many.
    // `break` makes for...of call the source's return(), which closes it.
    if (taken.length === n) break
  }
  return taken
}

/**
 * Passes `iterable`'s values through and calls `onClose` exactly once when the iteration ends:
 * when the source is done, when the consumer stops early (break or return()), or when the source
 * throws. Written by hand, because a generator's `finally` does not run when return() comes
 * before the first next(): the generator never started, so it has nothing to finish.
 */
export function withCleanup<T>(iterable: Iterable<T>, onClose: () => void): IterableIterator<T> {
  // Opened now, as the built-in iterator helpers hold their source from the call on: a return()
  // before the first next() then has a source to close.
  const source = iterable[Symbol.iterator]()
  let closed = false
  const close = () => {
    if (closed) return
    closed = true
    onClose()
  }

  return {
    next(): IteratorResult<T, undefined> {
      if (closed) return { done: true, value: undefined }
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        // A source whose next() threw is finished: it is not closed, only our own cleanup runs.
        close()
        throw error
      }
      if (!result.done) return result
      close()
      return { done: true, value: undefined }
    },

    /** An early stop: for...of calls this on break. Close the source, then clean up, come what may. */
    return(): IteratorResult<T, undefined> {
      if (!closed) {
        try {
          source.return?.()
        } finally {
          close()
        }
      }
      return { done: true, value: undefined }
    },

    [Symbol.iterator]() {
      return this
    },
  }
}
