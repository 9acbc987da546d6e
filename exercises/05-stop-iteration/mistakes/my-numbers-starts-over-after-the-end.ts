// Breaks 1.5: at the end next() resets the count, so the call after done starts again at 1 instead
// of staying done.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a > this.#limit) {
      this.#a = 1
      return { done: true, value: undefined }
    }
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
