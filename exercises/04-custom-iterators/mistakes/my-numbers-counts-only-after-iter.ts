// Breaks 1.1: the Python habit of setting the counter only in __iter__: a fresh MyNumbers' next() starts at 0.
export * from '../solution/index.ts'

export class MyNumbers implements IterableIterator<number> {
  a = 0

  next(): IteratorYieldResult<number> {
    const x = this.a
    this.a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.a = 1
    return this
  }
}
