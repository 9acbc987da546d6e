// Breaks 1.3: mixes in the seed's next section, where MyNumbers raises StopIteration after 20: this
// MyNumbers says done after 20, but the task's counts on forever.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  #a = 1

  next(): IteratorYieldResult<number> {
    if (this.#a > 20)
      return { done: true, value: undefined } as unknown as IteratorYieldResult<number>
    const x = this.#a
    this.#a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.#a = 1
    return this
  }
}
