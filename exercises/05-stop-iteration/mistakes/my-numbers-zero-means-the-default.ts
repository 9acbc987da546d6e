// Breaks 1.2: `limit || 20` takes a limit of 0 for a missing one, so new MyNumbers(0) counts to 20.
export * from '../solution/index.ts'
export class MyNumbers implements IterableIterator<number> {
  #limit: number
  #a = 1

  constructor(limit?: number) {
    this.#limit = limit || 20
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a > this.#limit) return { done: true, value: undefined }
    return { done: false, value: this.#a++ }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
