// Breaks 6.6: on an error, closes both sides "to be safe", the side whose own next() threw
// included.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  try {
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
  } catch (error) {
    left.return?.()
    right.return?.()
    throw error
  }
}
