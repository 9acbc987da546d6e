// Breaks 6.3: the generator method counts in a field of the object, so all its generators share
// one count: a nested loop, or a loop after one that broke off, goes on from where another stopped.
export * from '../solution/index.ts'

export class Numbers implements Iterable<number> {
  readonly #limit: number
  #current = 1

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  *[Symbol.iterator](): Generator<number> {
    for (; this.#current <= this.#limit; this.#current += 1) yield this.#current
  }
}
