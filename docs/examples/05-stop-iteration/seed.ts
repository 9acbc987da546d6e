class MyNumbers implements IterableIterator<number> {
  a = 1

  next(): IteratorResult<number, undefined> {
    if (this.a <= 20) {
      const x = this.a
      this.a += 1
      return { done: false, value: x }
    } else {
      return { done: true, value: undefined }
    }
  }

  [Symbol.iterator](): this {
    this.a = 1
    return this
  }
}

const myclass = new MyNumbers()
const myiter = myclass[Symbol.iterator]()

for (const x of myiter) {
  console.log(x)
}
