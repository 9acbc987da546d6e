// Breaks 2.3: refuses only negative starts and NaN: 1.5 and Infinity get through.
export * from '../solution/index.ts'
export class Countdown implements IterableIterator<number, string | undefined, undefined> {
  #current: number
  #state: 'counting' | 'landed' | 'finished' = 'counting'

  constructor(start: number) {
    if (Number.isNaN(start) || start < 0) {
      throw new RangeError(`Countdown: the start must be >= 0, got ${start}`)
    }
    this.#current = start
  }

  next(): IteratorResult<number, string | undefined> {
    if (this.#state === 'finished') return { done: true, value: undefined }
    if (this.#current > 0) return { done: false, value: this.#current-- }
    this.#state = 'finished'
    return { done: true, value: 'liftoff' }
  }

  return(value?: string): IteratorResult<number, string | undefined> {
    this.#state = 'finished'
    return { done: true, value }
  }

  throw(error?: unknown): IteratorResult<number, string | undefined> {
    this.#state = 'finished'
    throw error
  }

  [Symbol.iterator](): this {
    return this
  }
}
