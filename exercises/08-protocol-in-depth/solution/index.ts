/** Exercise 08, a model answer. */

/** Every value an iterator yields, and the value it returns at the end, which for...of throws away. */
export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  const values: T[] = []
  for (;;) {
    const step = iterator.next()
    // The result rides on the one call that says done: ask again and a generator answers undefined.
    if (step.done) return { values, result: step.value }
    values.push(step.value)
  }
}

/** Counts down to 1, then returns 'liftoff': a hand-written iterator with all three methods. */
export class Countdown implements IterableIterator<number, string | undefined, undefined> {
  #current: number
  #finished = false

  constructor(start: number) {
    if (!Number.isInteger(start) || start < 0)
      throw new RangeError(`a countdown starts at a whole number >= 0, not ${start}`)
    this.#current = start
  }

  next(): IteratorResult<number, string | undefined> {
    if (this.#finished) return { done: true, value: undefined }
    if (this.#current > 0) return { done: false, value: this.#current-- }
    this.#finished = true
    return { done: true, value: 'liftoff' }
  }

  /** Called by for...of on break: stop for good, and hand back the value we were given. */
  return(value?: string): IteratorResult<number, string | undefined> {
    this.#finished = true
    return { done: true, value }
  }

  /** Nowhere to catch the error inside a hand-written iterator: stop, and let it out again. */
  throw(error?: unknown): IteratorResult<number, string | undefined> {
    this.#finished = true
    throw error
  }

  [Symbol.iterator](): this {
    return this
  }
}

/** What readLines needs from a file; the tests hand in a fake one that records every call. */
export interface TextFile {
  open(): void
  /** The next line, or null at the end of the file. */
  readLine(): string | null
  close(): void
}

/** The file's lines, opened on the first next() and closed exactly once however the reading ends. */
export function* readLines(file: TextFile): Generator<string, number, undefined> {
  file.open()
  // The try starts after open(): a file that failed to open has nothing to close.
  try {
    let count = 0
    for (let line = file.readLine(); line !== null; line = file.readLine()) {
      count += 1
      yield line
    }
    return count
  } finally {
    file.close()
  }
}

/** Yields a hint for each guess it is sent; returns how many guesses it took. */
export function* guessingGame(secret: number): Generator<string, number, number> {
  let guesses = 0
  let hint = 'guess a number'
  for (;;) {
    // The first next() runs the body up to here: whatever it was passed has nowhere to go.
    const guess: number | undefined = yield hint
    if (guess === undefined) {
      hint = 'guess a number'
      continue
    }
    guesses += 1
    if (guess === secret) return guesses
    hint = guess < secret ? 'higher' : 'lower'
  }
}

/** An iterator that can look at its next value without taking it. */
export interface Peekable<T> extends IterableIterator<T, undefined, undefined> {
  /** The result the next next() will give, without consuming it. */
  peek(): IteratorResult<T, undefined>
  /** Stops early: closes the source unless it has already finished. */
  return(): IteratorResult<T, undefined>
}

export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  // Opened now, so a return() before anything was read still has a source to close.
  const source = iterable[Symbol.iterator]()
  // One result read ahead, kept in a box: `undefined` alone could not tell "none" from a real undefined.
  let ahead: { result: IteratorResult<T, undefined> } | undefined
  let finished = false
  const done: IteratorResult<T, undefined> = { done: true, value: undefined }

  const peek = (): IteratorResult<T, undefined> => {
    if (finished) return done
    if (!ahead) {
      let result: IteratorResult<T>
      try {
        result = source.next()
      } catch (error) {
        // A source whose next() threw is finished: it must not be asked again, nor closed.
        finished = true
        throw error
      }
      if (result.done) finished = true
      ahead = { result: result.done ? done : result }
    }
    return ahead.result
  }

  const iterator: Peekable<T> = {
    peek,
    next() {
      const result = peek()
      ahead = undefined
      return result
    },
    return() {
      if (!finished) {
        finished = true
        source.return?.()
      }
      return done
    },
    [Symbol.iterator]: () => iterator,
  }
  return iterator
}
