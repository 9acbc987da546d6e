// Breaks 1.2: next() stops when the count is exactly limit + 1, which a count from 1 never reaches
// for a limit below 0, so new MyNumbers(-2) counts on forever.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a === this.#limit + 1) return { done: true, value: undefined }
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
