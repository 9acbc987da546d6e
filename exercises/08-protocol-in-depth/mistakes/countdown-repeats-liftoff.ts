// Breaks 2.2: answering { done: true, value: 'liftoff' } on every call after the end. A finished
// iterator gives its return value once; a generator answers undefined after that.
export * from '../solution/index.ts'

export class Countdown implements IterableIterator<number, string | undefined, undefined> {
  #current: number
  #stopped = false

  constructor(start: number) {
    if (!Number.isInteger(start) || start < 0) throw new RangeError(`bad start ${start}`)
    this.#current = start
  }

  next(): IteratorResult<number, string | undefined> {
    if (this.#stopped) return { done: true, value: undefined }
    if (this.#current > 0) return { done: false, value: this.#current-- }
    return { done: true, value: 'liftoff' }
  }

  return(value?: string): IteratorResult<number, string | undefined> {
    this.#stopped = true
    return { done: true, value }
  }

  throw(error?: unknown): IteratorResult<number, string | undefined> {
    this.#stopped = true
    throw error
  }

  [Symbol.iterator](): this {
    return this
  }
}
