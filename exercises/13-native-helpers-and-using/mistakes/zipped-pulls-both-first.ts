// Breaks 4.1: pulls from a and b before it checks either, so b loses a value once a is done.
export * from '../solution/index.ts'

export function* zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  using left = Iterator.from(a)
  using right = Iterator.from(b)
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done || y.done) return undefined
    yield [x.value, y.value]
  }
}
