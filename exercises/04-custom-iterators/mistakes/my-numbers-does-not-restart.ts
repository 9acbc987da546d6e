// Breaks 1.5: [Symbol.iterator]() returns this but forgets to reset the count, so a second loop carries on where the first stopped.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  #a = 1

  next(): IteratorYieldResult<number> {
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    return this
  }
}
