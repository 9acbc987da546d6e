// Breaks 6.2: [Symbol.iterator]() builds a fresh iterator object by hand on every call: each loop
// counts on its own, but it is not a generator (no throw(), tag [object Object]).
export * from '../solution/index.ts'

export class Numbers implements Iterable<number> {
  readonly #limit: number

  constructor(limit = Infinity) {
    this.#limit = limit
  }

  [Symbol.iterator](): Generator<number> {
    let current = 0
    const limit = this.#limit
    const iterator = {
      next: () =>
        current < limit ? { done: false, value: ++current } : { done: true, value: undefined },
      return: (value?: unknown) => {
        current = limit
        return { done: true, value }
      },
      [Symbol.iterator]: () => iterator,
    }
    return iterator as unknown as Generator<number>
  }
}
