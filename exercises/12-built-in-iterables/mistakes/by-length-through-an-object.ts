// Breaks 3.3: groups into an object with Object.groupBy and turns it into a Map, so the lengths come
// out in ascending order, as an object orders integer keys, not in the order they appeared.
export * from '../solution/index.ts'

export function byLength(words: Iterable<string>): Map<number, string[]> {
  const groups = Object.groupBy(words, (word) => word.length)
  return new Map(Object.entries(groups).map(([length, group = []]) => [Number(length), group]))
}
