// Breaks 6.1: a for...of over b inside the for...of over a, with a break after one value. The inner
// loop reopens b on every round, so an array b gives its first value every time.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const pairs: Array<[A, B]> = []
  for (const fromA of a) {
    for (const fromB of b) {
      pairs.push([fromA, fromB])
      break
    }
  }
  return pairs
}
