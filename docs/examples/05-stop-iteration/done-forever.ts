class Pair implements IterableIterator<number> {
  a = 1

  next(): IteratorResult<number, undefined> {
    if (this.a > 2) return { done: true, value: undefined }
    const x = this.a
    this.a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.a = 1
    return this
  }
}

const myiter = new Pair()[Symbol.iterator]()
for (let call = 0; call < 4; call++) {
  // No exception to catch: the end is an ordinary result.
  const result = myiter.next()
  console.log(result.done ? 'done' : `value ${result.value}`)
}
