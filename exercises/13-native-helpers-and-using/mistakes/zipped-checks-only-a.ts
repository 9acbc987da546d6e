// Breaks 4.1: checks only whether a is done, so when b is the shorter one the pairs go on with
// undefined in them.
export * from '../solution/index.ts'

export function* zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  using left = Iterator.from(a)
  using right = Iterator.from(b)
  for (;;) {
    const x = left.next()
    if (x.done) return undefined
    const y = right.next()
    yield [x.value, y.value] as [A, B]
  }
}
