// Breaks 1.1: an off-by-one at the stop: the test is a < limit, so limit itself is never yielded.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a < this.#limit) {
      const x = this.#a
      this.#a += 1
      return { done: false, value: x }
    }
    return { done: true, value: undefined }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
