// Breaks 1.5: counts one up before handing the number out, starting the field at 0; the reset
// in [Symbol.iterator]() sets it to 1, so after it the count starts at 2.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  #a = 0

  next(): IteratorYieldResult<number> {
    this.#a += 1
    return { done: false, value: this.#a }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
