// Breaks 6.2: opens b only once a has given a value ("why open what you may not need?"): when a
// is empty, b is never opened, so never closed.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  let right: Iterator<B> | undefined
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromA = left.next()
    if (fromA.done) {
      right?.return?.()
      return pairs
    }
    right ??= b[Symbol.iterator]()
    const fromB = right.next()
    if (fromB.done) {
      left.return?.()
      return pairs
    }
    pairs.push([fromA.value, fromB.value])
  }
}
