// Breaks 1.4: [Symbol.iterator]() hands out a new MyNumbers instead of this one, so it is not its own iterator.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  #a = 1

  next(): IteratorYieldResult<number> {
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    return new MyNumbers() as this
  }
}
