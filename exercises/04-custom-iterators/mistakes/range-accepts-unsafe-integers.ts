// Breaks 2.6: checks whole numbers with Number.isInteger, which takes 2 ** 60 too: past 2 ** 53,
// adding 1 no longer changes a number, so new Range(2 ** 60, 2 ** 60 + 10) never ends.
export * from '../solution/index.ts'

/** Python's range() takes whole numbers only; so does Range. */
function wholeNumber(name: string, value: number): number {
  if (!Number.isInteger(value)) {
    throw new RangeError(`a Range ${name} must be a whole number, not ${String(value)}`)
  }
  return value
}

/** Python's `range`: the numbers from start up to, not including, stop, step apart. */
export class Range implements Iterable<number> {
  readonly #start: number
  readonly #stop: number
  readonly #step: number

  /** `new Range(stop)` or `new Range(start, stop, step)`, as Python's range(). */
  constructor(startOrStop: number, stop?: number, step = 1) {
    // With one argument (or an explicit undefined stop) it is the stop, as in Python's range(5).
    const oneArgument = stop === undefined
    this.#start = oneArgument ? 0 : wholeNumber('start', startOrStop)
    this.#stop = wholeNumber('stop', oneArgument ? startOrStop : stop)
    this.#step = wholeNumber('step', step)
    if (step === 0) {
      throw new RangeError('a Range step must not be 0: a step of 0 would never reach stop')
    }
  }

  /** How many values the range yields, worked out from start, stop and step: nothing is walked. */
  get length(): number {
    // Round up: the last, partial step still yields a value (0, 2, 4 for range(0, 5, 2)).
    // Never negative: a range whose start is already past its stop is empty.
    return Math.max(0, Math.ceil((this.#stop - this.#start) / this.#step))
  }

  /** A fresh iterator on every call, each with its own position: nested loops do not interfere. */
  [Symbol.iterator](): IterableIterator<number> {
    const stop = this.#stop
    const step = this.#step
    let current = this.#start
    return {
      next(): IteratorResult<number, undefined> {
        // Has current reached or passed stop? Which way is "past" depends on the sign of step;
        // comparing with !== would miss a stop that a step jumps over.
        const finished = step > 0 ? current >= stop : current <= stop
        if (finished) return { done: true, value: undefined }
        const value = current
        current += step
        return { done: false, value }
      },
      // As every built-in iterator: iterable too, handing back itself with no side effect.
      [Symbol.iterator]() {
        return this
      },
    }
  }
}
