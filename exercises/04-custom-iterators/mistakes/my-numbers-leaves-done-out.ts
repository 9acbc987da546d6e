// Breaks 1.2: knows that a missing done reads as "not done" and returns just { value }, where
// built-in iterators always write done out.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  #a = 1

  next(): IteratorYieldResult<number> {
    return { value: this.#a++ }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
