class MyNumbers implements IterableIterator<number> {
  a = 1

  next(): IteratorResult<number> {
    const x = this.a
    this.a += 1
    return { done: false, value: x }
  }

  [Symbol.iterator](): this {
    this.a = 1
    return this
  }
}

const myclass = new MyNumbers()
const myiter = myclass[Symbol.iterator]()

console.log(myiter.next().value)
console.log(myiter.next().value)
console.log(myiter.next().value)
console.log(myiter.next().value)
console.log(myiter.next().value)
