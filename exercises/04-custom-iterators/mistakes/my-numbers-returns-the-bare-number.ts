// Breaks 1.2: next() returns the number itself, as Python's __next__ does, instead of { done: false, value }.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  #a = 1

  next(): IteratorYieldResult<number> {
    const x = this.#a
    this.#a += 1
    return x as unknown as IteratorYieldResult<number>
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
