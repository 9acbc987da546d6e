// Breaks 1.7: [Symbol.iterator]() returns this without resetting the count, so a second loop finds
// nothing.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a > this.#limit) return { done: true, value: undefined }
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    return this
  }
}
