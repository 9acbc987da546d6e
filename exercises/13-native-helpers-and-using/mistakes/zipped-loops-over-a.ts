// Breaks 4.3: for...of over a closes a, but b is read by hand and never closed.
export * from '../solution/index.ts'

export function* zipped<A, B>(a: Iterable<A>, b: Iterable<B>): Generator<[A, B], undefined> {
  const right = Iterator.from(b)
  for (const x of a) {
    const y = right.next()
    if (y.done) return undefined
    yield [x, y.value]
  }
  return undefined
}
