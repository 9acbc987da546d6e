// Breaks 2.3: `start < 1` refuses 0, which is a whole number >= 0.
export * from '../solution/index.ts'
export class Countdown implements IterableIterator<number, string | undefined, undefined> {
  #current: number
  #finished = false

  constructor(start: number) {
    if (!Number.isInteger(start) || start < 1) {
      throw new RangeError(`Countdown: the start must be a whole number >= 1, got ${start}`)
    }
    this.#current = start
  }

  next(): IteratorResult<number, string | undefined> {
    if (this.#finished) return { done: true, value: undefined }
    if (this.#current > 0) return { done: false, value: this.#current-- }
    this.#finished = true
    return { done: true, value: 'liftoff' }
  }

  return(value?: string): IteratorResult<number, string | undefined> {
    this.#finished = true
    return { done: true, value }
  }

  throw(error?: unknown): IteratorResult<number, string | undefined> {
    this.#finished = true
    throw error
  }

  [Symbol.iterator](): this {
    return this
  }
}
