// Breaks 6.2: opens both sides on two plain lines, so when opening b throws, a is left open.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  const pairs: Array<[A, B]> = []
  for (;;) {
    const fromA = pull(left, right)
    if (fromA.done) {
      right.return?.()
      return pairs
    }
    const fromB = pull(right, left)
    if (fromB.done) {
      left.return?.()
      return pairs
    }
    pairs.push([fromA.value, fromB.value])
  }
}

/** One pull; if it throws, only the other side is closed, and the first error wins. */
function pull<T>(iterator: Iterator<T>, other: Iterator<unknown>): IteratorResult<T> {
  try {
    return iterator.next()
  } catch (error) {
    try {
      other.return?.()
    } catch {
      // the first error is the one to report
    }
    throw error
  }
}
