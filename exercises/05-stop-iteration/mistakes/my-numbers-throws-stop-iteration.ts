// Breaks 1.4: the Python habit: at the end next() throws a StopIteration error instead of returning
// { done: true }.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  readonly #limit: number
  #a = 1

  constructor(limit = 20) {
    this.#limit = limit
  }

  next(): IteratorResult<number, undefined> {
    if (this.#a > this.#limit) throw new Error('StopIteration')
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
