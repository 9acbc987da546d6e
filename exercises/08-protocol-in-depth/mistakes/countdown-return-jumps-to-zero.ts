// Breaks 2.5: return() sets the count to 0, so the next next() (and the one after a break) still
// answers 'liftoff'.
export * from '../solution/index.ts'
export class Countdown implements IterableIterator<number, string | undefined, undefined> {
  #current: number
  #liftedOff = false

  constructor(start: number) {
    if (!Number.isInteger(start) || start < 0) {
      throw new RangeError(`Countdown: the start must be a whole number >= 0, got ${start}`)
    }
    this.#current = start
  }

  next(): IteratorResult<number, string | undefined> {
    if (this.#current > 0) return { done: false, value: this.#current-- }
    if (this.#liftedOff) return { done: true, value: undefined }
    this.#liftedOff = true
    return { done: true, value: 'liftoff' }
  }

  return(value?: string): IteratorResult<number, string | undefined> {
    this.#current = 0
    return { done: true, value }
  }

  throw(error?: unknown): IteratorResult<number, string | undefined> {
    this.#current = 0
    throw error
  }

  [Symbol.iterator](): this {
    return this
  }
}
