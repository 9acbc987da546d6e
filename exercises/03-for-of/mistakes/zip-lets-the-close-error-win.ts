// Breaks 6.6: when one side's next() throws, closes the other and rethrows, but a return() that
// throws too escapes first, so the caller gets the error from closing, not the one that stopped zip.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = a[Symbol.iterator]()
  let right: Iterator<B>
  try {
    right = b[Symbol.iterator]()
  } catch (error) {
    left.return?.()
    throw error
  }
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

function pull<T>(iterator: Iterator<T>, other: Iterator<unknown>): IteratorResult<T> {
  try {
    return iterator.next()
  } catch (error) {
    other.return?.()
    throw error
  }
}
