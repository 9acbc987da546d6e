// Breaks 6.3: loops over a with for...of and pulls b by hand: the break closes a for free, but
// when a runs out, b is left open.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  for (const fromA of a) {
    const fromB = right.next()
    if (fromB.done) break
    pairs.push([fromA, fromB.value])
  }
  return pairs
}
