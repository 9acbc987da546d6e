// Breaks 6.6: closes the other side whenever one ends, but not when one throws: the error leaves
// zip() with the other side still open.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromA = left.next()
    if (fromA.done) {
      right.return?.()
      return pairs
    }
    const fromB = right.next()
    if (fromB.done) {
      left.return?.()
      return pairs
    }
    pairs.push([fromA.value, fromB.value])
  }
}
