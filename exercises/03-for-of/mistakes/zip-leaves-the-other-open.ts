// Mistake: stopping when either side ends without closing the other one, which is still open.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromA = left.next()
    if (fromA.done) return pairs
    const fromB = right.next()
    if (fromB.done) return pairs
    pairs.push([fromA.value, fromB.value])
  }
}
