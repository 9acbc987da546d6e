// The seed's class: the state lives on `this`, and next() has to find
// its place again each time.
class MyNumbers implements IterableIterator<number> {
  private a = 1

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

// The same endless count as a generator: the state is a local variable,
// and the loop never ends,
// yet nothing hangs, because the body pauses at each yield.
function* myNumbers(): Generator<number> {
  for (let a = 1; ; a += 1) yield a
}

const byClass = new MyNumbers()[Symbol.iterator]()
const byGenerator = myNumbers()
for (let turn = 0; turn < 5; turn += 1) {
  console.log(`${byClass.next().value} ${byGenerator.next().value}`)
}
