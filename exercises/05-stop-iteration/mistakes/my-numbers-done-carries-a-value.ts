// Breaks 1.3: one line does it all, so the done result carries the next number (21) and the count
// keeps going.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    const done = this.#a > this.#limit
    return { done, value: this.#a++ } as IteratorResult<number, undefined>
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
