// Breaks 6.3: mixes up which side to close, and closes the one that just said done instead of
// the other one.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromA = left.next()
    if (fromA.done) {
      left.return?.()
      return pairs
    }
    const fromB = right.next()
    if (fromB.done) {
      right.return?.()
      return pairs
    }
    pairs.push([fromA.value, fromB.value])
  }
}
