// Breaks 4.2: a plain function that opens both sources at once and returns a generator over them,
// so zipped() has opened them before anyone asks for a pair.
export * from '../solution/index.ts'

export function zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  const left = Iterator.from(a)
  const right = Iterator.from(b)
  return (function* (): Generator<[A, B], undefined> {
    using _left = left
    using _right = right
    for (;;) {
      const x = left.next()
      if (x.done) return undefined
      const y = right.next()
      if (y.done) return undefined
      yield [x.value, y.value]
    }
  })()
}
