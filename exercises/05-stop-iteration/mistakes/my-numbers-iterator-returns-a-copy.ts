// Breaks 1.6: [Symbol.iterator]() returns a new MyNumbers instead of the object itself.
export * from '../solution/index.ts'
export class MyNumbers implements IterableIterator<number> {
  #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a > this.#limit) return { done: true, value: undefined }
    return { done: false, value: this.#a++ }
  }

  [Symbol.iterator](): this {
    return new MyNumbers(this.#limit) as this
  }
}
