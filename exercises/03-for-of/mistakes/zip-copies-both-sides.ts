// Breaks 6.5: copying both sides into arrays first, then pairing by index. Simple, but it reads
// every value up front, so an infinite side never ends.
export * from '../solution/index.ts'

export function zip<A, B>(a: Iterable<A>, b: Iterable<B>): Array<[A, B]> {
  const left = Array.from(a)
  const right = Array.from(b)
  const length = Math.min(left.length, right.length)
  return left.slice(0, length).map((value, index) => [value, right[index] as B])
}
