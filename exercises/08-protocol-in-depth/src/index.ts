/**
 * Exercise 08: the iterator protocol in depth.
 *
 * `next()` is only a third of the protocol. An iterator may also have `return()` (a loop that
 * stops early calls it) and `throw()`, it may return a value when it finishes, and a generator can
 * be sent values through `next(value)`. README.md lists the tasks in the order the tests check
 * them; run `pnpm test` in this folder.
 *
 * The types say all of it: `Iterator<T, TReturn, TNext>` yields T, returns TReturn when done, and
 * accepts TNext in `next(value)`. `Generator<T, TReturn, TNext>` is the same three for a generator.
 */

/**
 * Task 1. Every value the iterator yields, and the value it returns at the end.
 *
 * The return type `{ values: T[]; result: R }` is an object type written inline.
 */
export function drain<T, R>(iterator: Iterator<T, R>): { values: T[]; result: R } {
  // TODO: call next() until done; the result is the `value` of the call that says done.
  throw new Error('not implemented yet: drain() (README, task 1)')
}

/**
 * Task 2. Counts down from `start` to 1, then returns 'liftoff'. A hand-written iterator with all
 * three methods: next(), return() and throw().
 *
 * `#current` would be a private field: only code inside the class can read it.
 */
export class Countdown implements IterableIterator<number, string | undefined, undefined> {
  constructor(start: number) {
    // TODO: refuse a start that is not a whole number >= 0, and remember where to count from.
    throw new Error('not implemented yet: new Countdown() (README, task 2)')
  }

  next(): IteratorResult<number, string | undefined> {
    // TODO
    throw new Error('not implemented yet: Countdown.next() (README, task 2)')
  }

  /** `value?: string` is an optional parameter: return() may be called with no argument. */
  return(value?: string): IteratorResult<number, string | undefined> {
    // TODO: finish for good and hand `value` back.
    throw new Error('not implemented yet: Countdown.return() (README, task 2)')
  }

  throw(error?: unknown): IteratorResult<number, string | undefined> {
    // TODO: finish for good and throw `error` again.
    throw new Error('not implemented yet: Countdown.throw() (README, task 2)')
  }

  /** `this` as a return type: the method returns the very object it was called on. */
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

/**
 * Task 3. The file's lines, one per next(); returns how many there were. Opens the file at the
 * first next() and closes it exactly once, however the reading ends.
 *
 * Write it as a generator function, `function* readLines(...)`: calling one runs nothing yet,
 * it returns a generator, and the body runs a step at each next().
 */
export function readLines(file: TextFile): Generator<string, number, undefined> {
  // TODO: add the `*`, then open the file and read it inside try { ... } finally { ... }.
  throw new Error('not implemented yet: readLines() (README, task 3)')
}

/**
 * Task 4. A guessing game played through next(guess): yields 'guess a number' first, then
 * 'higher' or 'lower' after each wrong guess, and returns the number of guesses when one is right.
 *
 * Inside a generator, `const guess = yield hint` hands `hint` out and receives the next guess.
 */
export function guessingGame(secret: number): Generator<string, number, number> {
  // TODO: a generator function again (add the `*`).
  throw new Error('not implemented yet: guessingGame() (README, task 4)')
}

/**
 * An iterator that can look at its next value without taking it. `extends` adds `peek()` to
 * everything an IterableIterator already has.
 */
export interface Peekable<T> extends IterableIterator<T, undefined, undefined> {
  /** The result the next next() will give, without consuming it. */
  peek(): IteratorResult<T, undefined>
  /** Stops early: closes the source unless it has already finished. */
  return(): IteratorResult<T, undefined>
}

/** Task 5. Wraps any iterable in a Peekable. */
export function peekable<T>(iterable: Iterable<T>): Peekable<T> {
  // TODO: open the source; remember at most one result read ahead.
  throw new Error('not implemented yet: peekable() (README, task 5)')
}
