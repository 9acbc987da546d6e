// Breaks 1.6: keeps the count in a module-level variable, the way a script would, so every
// MyNumbers shares one count.
export * from '../solution/index.ts'

let a = 1

export class MyNumbers implements IterableIterator<number> {
  next(): IteratorYieldResult<number> {
    return { done: false, value: a++ }
  }

  [Symbol.iterator](): this {
    a = 1
    return this
  }
}
