// Breaks 4.3: const instead of using, so nothing closes the sources when the generator ends early.
export * from '../solution/index.ts'

export function* zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  const left = Iterator.from(a)
  const right = Iterator.from(b)
  for (;;) {
    const x = left.next()
    if (x.done) return undefined
    const y = right.next()
    if (y.done) return undefined
    yield [x.value, y.value]
  }
}
