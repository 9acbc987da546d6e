// Breaks 6.1: `current < this.#limit` in the generator method, so the limit itself never comes out.
export * from '../solution/index.ts'

export class Numbers implements Iterable<number> {
  readonly #limit: number

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  *[Symbol.iterator](): Generator<number> {
    for (let current = 1; current < this.#limit; current += 1) yield current
  }
}
