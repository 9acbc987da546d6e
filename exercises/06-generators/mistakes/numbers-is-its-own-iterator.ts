// Breaks 6.2: keeps the seed's shape: [Symbol.iterator]() resets a counter and returns the object
// itself, with a next() of its own, so every loop gets the same iterator, not a new generator.
export * from '../solution/index.ts'

export class Numbers implements Iterable<number> {
  readonly #limit: number
  #current = 1

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  [Symbol.iterator](): Generator<number> {
    this.#current = 1
    return this as unknown as Generator<number>
  }

  next(): IteratorResult<number, undefined> {
    if (this.#current > this.#limit) return { done: true, value: undefined }
    return { done: false, value: this.#current++ }
  }
}
