// Node 22+: Iterator.from, from the same standard as the helpers.
// An iterator from an older API: a next() method, and nothing else.
const counter = {
  count: 0,
  next(): IteratorResult<number, undefined> {
    this.count += 1
    return this.count > 3
      ? { done: true, value: undefined }
      : { done: false, value: this.count }
  },
}
console.log('iterable?', Symbol.iterator in counter)

// Iterator.from lifts it into a native iterator, helpers and all.
const lifted = Iterator.from(counter)
console.log(lifted.map((n) => n * 10).toArray())

// A native iterator is returned as it is.
const letters = ['a', 'b'].values()
console.log('same object?', Iterator.from(letters) === letters)
