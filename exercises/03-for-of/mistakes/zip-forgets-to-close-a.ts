// Breaks 6.4: remembers to close b when a runs out, but when b runs out first, a is left open.
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
    if (fromB.done) return pairs
    pairs.push([fromA.value, fromB.value])
  }
}
