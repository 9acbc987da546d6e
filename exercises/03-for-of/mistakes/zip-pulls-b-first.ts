// Breaks 6.3: pulling b before a in each round. When a is the shorter side, b gives one value too
// many, which is then lost; an infinite b is pulled once more than needed.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromB = right.next()
    const fromA = left.next()
    if (fromA.done || fromB.done) {
      if (!fromA.done) left.return?.()
      if (!fromB.done) right.return?.()
      return pairs
    }
    pairs.push([fromA.value, fromB.value])
  }
}
