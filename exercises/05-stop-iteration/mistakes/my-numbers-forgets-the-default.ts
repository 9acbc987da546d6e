// Breaks 4.1: the limit has no default value, so new MyNumbers() compares with undefined, which is
// never true, and counts on forever instead of stopping at 20.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number | undefined
  #a = 1

  constructor(limit?: number) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a > (this.#limit as number)) return { done: true, value: undefined }
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
